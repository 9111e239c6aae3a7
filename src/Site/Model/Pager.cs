using Site.Corpus;
using Site.Project;

namespace Site.Model;

/// <summary>
/// Where a page stands in a list that is cut into pages of <see cref="SiteConfig.PageSize"/> entries (a list of 10,000
/// messages on one page would weigh megabytes on a phone). Page 1 keeps the list's own address.
/// </summary>
public sealed record Pager(string First, int Page, int Pages)
{
    /// <summary>The site path of page <paramref name="n"/>: page 1 is <see cref="First"/>; messages/index.html → messages/page/2.html, topics/x.html → topics/x/page/2.html.</summary>
    public string PathOf(int n) => n == 1 ? First : $"{Folder(First)}/page/{n}.html";
    public string Path => PathOf(Page);

    /// <summary>
    /// The page numbers the pager shows: all of them when there are few; otherwise the first, the last and two on
    /// each side of this one, with null where numbers are left out (shown as …).
    /// </summary>
    public IReadOnlyList<int?> Numbers()
    {
        if (Pages <= 9) return [.. Enumerable.Range(1, Pages).Select(n => (int?)n)];
        var shown = new SortedSet<int> { 1, Pages };
        for (var n = Math.Max(1, Page - 2); n <= Math.Min(Pages, Page + 2); n++) shown.Add(n);
        var numbers = new List<int?>();
        foreach (var n in shown)
        {
            if (numbers.Count > 0 && n - numbers[^1] > 1) numbers.Add(null);
            numbers.Add(n);
        }
        return numbers;
    }

    static string Folder(string first)
    {
        var stem = first[..^".html".Length];
        return stem.EndsWith("/index", StringComparison.Ordinal) ? stem[..^"/index".Length] : stem;
    }

    /// <summary>The pages of a list of <paramref name="count"/> entries, each with its share of the entries.</summary>
    public static IEnumerable<(Pager Pager, IReadOnlyList<T> Entries)> Cut<T>(string first, IReadOnlyList<T> all, int size)
    {
        size = Math.Max(1, size);
        var pages = Math.Max(1, (all.Count + size - 1) / size);
        for (int n = 1; n <= pages; n++)
            yield return (new Pager(first, n, pages), all.Skip((n - 1) * size).Take(size).ToList());
    }
}
