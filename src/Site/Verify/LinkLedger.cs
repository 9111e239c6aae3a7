using System.Collections.Concurrent;
using Site.Project;

namespace Site.Verify;

/// <summary>
/// What a whole build keeps of its pages for verifying their links, while it writes them. A link to a page the build
/// lays out (<paramref name="plannedPages"/>) is resolved the moment it is read (<see cref="IsPlannedPage"/>) and let
/// go; what can only be judged once every file is written (stylesheets and scripts, feeds, anchors in other pages,
/// links that lead to no page) is kept once per folder and link, with the pages that make it; and a page's ids are
/// not kept at all, but read again from the few pages that links with an anchor lead into.
/// </summary>
/// <remarks>
/// Keeping every page's ids and links until the end (<see cref="PageFacts"/>) held a large share of the heap at 10,000
/// documents, which the collector copied from generation to generation, and the links were resolved only after the
/// last page, on top of the writing. The rule is <see cref="VerifyOutput.Check(IEnumerable{PageFacts}, Func{string, bool}, Func{string, HashSet{string}}, string?, LinkSource?)"/>'s:
/// a test holds the two to the same findings.
/// </remarks>
public sealed class LinkLedger(HashSet<string> plannedPages, string? rootPath)
{
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> planned = plannedPages.GetAlternateLookup<ReadOnlySpan<char>>();
    readonly ConcurrentDictionary<(string Folder, string Url), List<string>> later = new();
    readonly ConcurrentQueue<PageFacts> own = new();
    readonly SharedStrings shared = new();
    [ThreadStatic] static HashSet<string>? ids;

    /// <summary>Reads a page (its HTML may be the renderer's buffer: nothing of it is kept but shared strings).</summary>
    public void Scan(string page, ReadOnlyMemory<char> html)
    {
        var set = ids ??= new HashSet<string>(StringComparer.Ordinal);
        set.Clear();
        VerifyOutput.Read(page, html, shared, set, this);
    }

    /// <summary>A page's problems of its own, kept when it has any.</summary>
    internal void Own(PageFacts facts)
    {
        if (facts.Problems.Count > 0 || facts.LinkProblems is not null) own.Enqueue(facts with { Ids = [], Links = [] });
    }

    /// <summary>A link to another file, from <paramref name="page"/> in <paramref name="folder"/>.</summary>
    internal void Link(string page, string folder, string url)
    {
        var on = later.GetOrAdd(LinkResolver.Key(page, folder, url), static _ => []);
        lock (on) on.Add(page);
    }

    /// <summary>Letters, digits and the punctuation of a plain path: a link made only of them resolves the same by
    /// joining its segments to the folder's as by a browser's rules (no escapes, scheme, query or fragment).</summary>
    static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    /// <summary>
    /// Whether <paramref name="url"/>, from a page in <paramref name="folder"/>, is a plain relative path to a page the
    /// build lays out. False says only "not judged here": the link is then kept for the end (<see cref="Link"/>).
    /// </summary>
    /// <remarks>Written by hand where System.Uri resolves every link: this is asked of every link of every page, and
    /// resolving each with Uri (or caching its answer) while pages were written cost more than it saved.</remarks>
    internal bool IsPlannedPage(string folder, ReadOnlySpan<char> url)
    {
        if (url.IsEmpty || url[0] == '/' || url.Length > 512 || url.ContainsAnyExcept(Plain)) return false;
        Span<char> path = stackalloc char[folder.Length + url.Length + 12];
        folder.AsSpan().CopyTo(path);
        var length = folder.Length;
        var folderLike = false;   // ends in a folder ("x/", ".", ".."): its index page
        foreach (var range in url.Split('/'))
        {
            var segment = url[range];
            folderLike = segment.Length == 0 || segment is "." || segment is "..";
            if (segment is "..")
            {
                if (length == 0) return false;   // above the site: the end names it
                length = Math.Max(0, path[..length].LastIndexOf('/'));
            }
            else if (segment.Length == 0 && range.End.Value != url.Length) return false;   // "a//b"
            else if (segment.Length > 0 && segment is not ".")
            {
                if (length > 0) path[length++] = '/';
                segment.CopyTo(path[length..]);
                length += segment.Length;
            }
        }
        if (folderLike)
        {
            if (length > 0) path[length++] = '/';
            "index.html".CopyTo(path[length..]);
            length += "index.html".Length;
        }
        return planned.Contains(path[..length]);
    }

    /// <summary>How many (folder, link) are kept for the end.</summary>
    internal int Kept => later.Count;

    /// <summary>Every problem of the pages read, now that <paramref name="files"/> tells what the site holds.</summary>
    /// <param name="idsOf">The ids of a page (read again from the written site).</param>
    public List<Diagnostic> Check(Func<string, bool> files, Func<string, HashSet<string>> idsOf, LinkSource? sources = null) =>
        VerifyOutput.Check(own, later, files, idsOf, rootPath, sources);
}
