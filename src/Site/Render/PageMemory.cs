using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Site.Corpus;
using Site.Model;
using Site.Project;

namespace Site.Render;

/// <summary>
/// What the preview remembers of the pages it laid out: each page's key (what it was made from, see
/// <see cref="PageKeys"/>), the documents it shows, and the characters it holds, which the font is cut to. A save
/// looks only at the pages that show a document read again (<see cref="Affected"/>) and lays out those whose key
/// changed. What a build lays out is pending until the build succeeds (<see cref="Commit"/>): a rebuild that fails
/// leaves the memory as the folder is.
/// </summary>
public sealed class PageMemory
{
    readonly Dictionary<string, (string Key, int[] Chars)> pages = new(StringComparer.Ordinal);
    int[] counts = new int[0x110000];
    readonly ConcurrentDictionary<string, (string Key, int[] Chars)> pending = new(StringComparer.Ordinal);
    int[]? pendingCounts;
    IReadOnlySet<string>? pendingPaths;

    /// <summary>What the pages of a site of one shape depend on: the pages that show each document, and those that show the whole site.</summary>
    sealed record Dependencies(string Whole, string[] Paths, Dictionary<string, List<int>> ByDocument, List<int> Everything, Dictionary<string, object[]> Versions);
    Dependencies? dependencies, pendingDependencies;

    /// <summary>
    /// The pages (by index into <paramref name="paths"/>) a build must look at: those that show a document whose
    /// version changed since the last build, and those that show the whole site if any did; null when that cannot be
    /// told (the first build, or the site's shape or site-wide files changed): then every page is looked at.
    /// </summary>
    public int[]? Affected(PageKeys keys, IReadOnlyList<string> paths, SiteModel site)
    {
        if (dependencies is not { } d || d.Whole != keys.Whole || d.Paths.Length != paths.Count) return null;
        for (var i = 0; i < paths.Count; i++) if (!string.Equals(d.Paths[i], paths[i], StringComparison.Ordinal)) return null;
        var changed = new List<string>();
        var versions = new Dictionary<string, object[]>(d.Versions, StringComparer.Ordinal);
        foreach (var doc in site.Documents)
        {
            var now = keys.PartsOf(doc);
            if (!d.Versions.TryGetValue(doc.Doc.Id, out var was)) return null;
            if (!was.AsSpan().SequenceEqual(now, ReferenceEqualityComparer.Instance)) { changed.Add(doc.Doc.Id); versions[doc.Doc.Id] = now; }
        }
        pendingDependencies = d with { Versions = versions };
        if (changed.Count == 0) return [];
        return [.. changed.SelectMany(id => d.ByDocument.GetValueOrDefault(id) ?? []).Concat(d.Everything).Distinct().Order()];
    }

    /// <summary>Records what every page depends on (<paramref name="deps"/>[i] for <paramref name="paths"/>[i]; null: the whole site).</summary>
    public void Index(PageKeys keys, IReadOnlyList<string> paths, IReadOnlyList<IReadOnlyList<RenderedDocument?>?> deps, SiteModel site)
    {
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var everything = new List<int>();
        for (var i = 0; i < deps.Count; i++)
        {
            if (deps[i] is not { } list) { everything.Add(i); continue; }
            foreach (var doc in list)
                if (doc is not null)
                {
                    if (!byDocument.TryGetValue(doc.Doc.Id, out var pages)) byDocument[doc.Doc.Id] = pages = [];
                    if (pages.Count == 0 || pages[^1] != i) pages.Add(i);
                }
        }
        pendingDependencies = new Dependencies(keys.Whole, [.. paths], byDocument, everything,
            site.Documents.ToDictionary(doc => doc.Doc.Id, keys.PartsOf, StringComparer.Ordinal));
    }

    public bool IsCurrent(string path, string key) => !pending.ContainsKey(path) && pages.TryGetValue(path, out var p) && p.Key == key;

    /// <summary>A page was laid out from <paramref name="key"/>.</summary>
    public void Laid(string path, string key, ReadOnlySpan<char> html) => pending[path] = (key, CharsOf(html));

    /// <summary>
    /// Every character of the pages once the pending ones are in and the pages not in <paramref name="paths"/> are
    /// gone: what a whole build's <see cref="Output.UsedCharacters"/> would collect.
    /// </summary>
    public List<int> CodePoints(IReadOnlySet<string> paths)
    {
        var next = (int[])counts.Clone();
        foreach (var (path, page) in pages)
            if (pending.ContainsKey(path) || !paths.Contains(path)) foreach (var c in page.Chars) next[c]--;
        foreach (var page in pending.Values) foreach (var c in page.Chars) next[c]++;
        (pendingCounts, pendingPaths) = (next, paths);
        var used = new List<int>();
        for (var c = 0; c < next.Length; c++) if (next[c] > 0) used.Add(c);
        return used;
    }

    /// <summary>The build succeeded: the pending pages are what the folder holds, and the pages not in <paramref name="paths"/> are gone.</summary>
    public void Commit(IReadOnlySet<string> paths)
    {
        // The counts made for the font are these pages' (made again if asked for another set of pages).
        if (pendingCounts is null || pendingPaths?.SetEquals(paths) != true) CodePoints(paths);
        foreach (var gone in pages.Keys.Where(p => !paths.Contains(p)).ToList()) pages.Remove(gone);
        foreach (var (path, page) in pending) pages[path] = page;
        counts = pendingCounts!;
        if (pendingDependencies is not null) dependencies = pendingDependencies;
        Discard();
    }

    /// <summary>The build failed: the pages laid out are forgotten.</summary>
    public void Discard()
    {
        pending.Clear();
        pendingCounts = null;
        pendingPaths = null;
        pendingDependencies = null;
    }

    [ThreadStatic] static bool[]? seen;

    /// <summary>The distinct code points of <paramref name="html"/> (surrogate pairs as one), in order.</summary>
    static int[] CharsOf(ReadOnlySpan<char> html)
    {
        var mark = seen ??= new bool[0x10000];
        var found = new List<int>(256);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, html[++i]);
                if (!found.Contains(cp)) found.Add(cp);
            }
            else if (!mark[c]) { mark[c] = true; found.Add(c); }
        }
        foreach (var c in found) if (c < 0x10000) mark[c] = false;
        // A lone surrogate half is no character the font can have (UsedCharacters skips them too).
        return [.. found.Where(c => c >= 0x10000 || !char.IsSurrogate((char)c)).Order()];
    }
}

/// <summary>
/// Each page's key: what it is made from, as identities and stamps, so that a page whose key did not change would be
/// laid out the same. A document read from an unchanged file is the same object from build to build (the readers'
/// memos), and so is a translation whose file and original did not change: a document's version is its object's
/// identity and its translations'. Every page also depends on the theme and the site-wide files (by their content,
/// <see cref="Stamps"/>), the edition, changes and downloads, and the site's shape (which documents there are, in
/// which order, with which topics): a change to one of these lays out every page.
/// </summary>
public sealed class PageKeys
{
    readonly SiteModel site;
    readonly string whole;
    string? everything;

    public PageKeys(SiteModel site, string stamps)
    {
        this.site = site;
        var sb = new StringBuilder(stamps).Append('\0').Append(site.Edition?.Label).Append('\0').Append(site.PublicKey);
        foreach (var d in site.Downloads) sb.Append('\0').Append(d);
        foreach (var c in site.Changes) sb.Append('\0').Append(c.Date).Append(' ').Append(c.Commit).Append(' ').Append(c.Kind).Append(' ').Append(c.Doc.Doc.Id).Append(' ').Append(c.Lang);
        // The shape: order, addresses, topics, and which document another duplicates.
        foreach (var d in site.Documents)
            sb.Append('\0').Append(d.Doc.Id).Append(' ').Append(d.Url).Append(' ').AppendJoin(',', d.Doc.Topics).Append(' ').Append((d.Doc as Message)?.DuplicateOf);
        whole = Hash(sb.ToString());
    }

    /// <summary>A page that shows the whole site (home, topics, about, changes…): any document or translation changes it.</summary>
    public string Everything => everything ??= whole + "|" + Hash(string.Join(' ', site.Documents.Select(Version)));

    /// <summary>The site-wide part of every key: the theme, input/'s own files, the edition, changes, downloads and the shape.</summary>
    public string Whole => whole;

    /// <summary>
    /// A page's key from what it shows: the documents (a list's, a document page's own and its neighbours', a
    /// workbench page's one), or null for a page that shows the whole site. A page's place in a list (its page
    /// number, the number of pages) follows from the shape, which <see cref="Whole"/> holds.
    /// </summary>
    public string KeyOf(IReadOnlyList<RenderedDocument?>? deps) => deps is null ? Everything : whole + "|" + string.Join(' ', deps.Select(Version));

    /// <summary>What a document's page shows: the document and its translations, its neighbours, related documents and the one it duplicates.</summary>
    public IReadOnlyList<RenderedDocument?> DocumentDeps(RenderedDocument d) => documentDeps.GetOrAdd(d, d =>
    {
        var (prev, next, related) = LinkSite.NeighboursOf(site, d);
        var dup = d.Doc is Message { DuplicateOf: { } id } ? site.ById(id) : null;
        return [d, prev, next, .. related, dup];
    });

    /// <summary>What a document's version is made of: the document and its translations, as objects (see the class's summary).</summary>
    public object[] PartsOf(RenderedDocument d) => [d, .. site.TranslationsOf(d.Doc.Id)];

    /// <summary>
    /// A feed or the sitemap: the sitemap lists the pages (their paths); a language's feed its translations; a changes
    /// feed the documents changed; the Persian feed every document.
    /// </summary>
    public string Feed(string path, IReadOnlyList<string> pagePaths)
    {
        if (path == Urls.Sitemap) return $"{whole}|{Hash(string.Join('\n', pagePaths))}";
        if (path == Urls.Robots) return whole;
        foreach (var lang in site.Config.Translations)
            if (path == Urls.FeedOf(lang))
                return $"{whole}|{string.Join(' ', site.AllTranslations.Where(t => t.Lang == lang).Select(t => site.ById(t.Original.Id)).Select(Version))}";
        foreach (var lang in site.Config.Translations.Prepend("fa"))
            if (path == Urls.ChangesFeedOf(lang)) return $"{whole}|{string.Join(' ', site.Changes.Select(c => Version(c.Doc)))}";
        return Everything;
    }

    // Asked for every page of every language: made once per document in this build.
    readonly ConcurrentDictionary<RenderedDocument, string> versions = new(ReferenceEqualityComparer.Instance);
    readonly ConcurrentDictionary<RenderedDocument, IReadOnlyList<RenderedDocument?>> documentDeps = new(ReferenceEqualityComparer.Instance);

    string Version(RenderedDocument? d) => d is null ? "-" : versions.GetOrAdd(d, d => string.Join('.', PartsOf(d).Select(Identity.Of)));

    static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    /// <summary>
    /// What the files every page may depend on hold: the theme's, and input/'s own (collection, topics, glossary), as
    /// one hash of their names and contents (they are small; their times of change tick too coarsely to be trusted,
    /// see <see cref="FileMemo{T}"/>).
    /// </summary>
    public static string Stamps(SiteConfig config)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(config.ThemeDir, "*", SearchOption.AllDirectories)
            .Concat(Directory.Exists(config.InputDir) ? Directory.EnumerateFiles(config.InputDir) : []);
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(f + "\0"));
            try { hash.AppendData(File.ReadAllBytes(f)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { hash.AppendData(Guid.NewGuid().ToByteArray()); }
            hash.AppendData("\0"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A number for each object, the same for the object's life and never another's.</summary>
    static class Identity
    {
        static readonly ConditionalWeakTable<object, StrongBox<long>> Ids = new();
        static long last;

        public static long Of(object o) => Ids.GetValue(o, _ => new StrongBox<long>(Interlocked.Increment(ref last))).Value;
    }
}
