using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Site.Corpus;
using Site.Model;
using Site.Project;
using Site.Translations;

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
    // How many pages hold each code point, and those held (ascending): what the font is cut to.
    readonly int[] counts = new int[0x110000];
    List<int> used = [];
    readonly ConcurrentDictionary<string, (string Key, int[] Chars)> pending = new(StringComparer.Ordinal);
    // The change to the counts the pending pages make, for the pages it was made for (see CodePoints).
    (Dictionary<int, int> Delta, IReadOnlyList<string> Paths, List<int> Used)? pendingChars;
    // The paths Affected found to be those of the last build (the site kept its shape): no page is gone.
    IReadOnlyList<string>? samePaths;
    HashSet<string> committedPaths = new(StringComparer.Ordinal);

    /// <summary>The paths as a set: those of the last build when the site kept its shape (no set of 30,000 made again).</summary>
    public IReadOnlySet<string> SetOf(IReadOnlyList<string> paths) =>
        ReferenceEquals(paths, samePaths) ? committedPaths : paths as IReadOnlySet<string> ?? paths.ToHashSet(StringComparer.Ordinal);

    /// <summary>What the pages of a site of one shape depend on: the pages that show each document, and those that show the whole site.</summary>
    sealed record Dependencies(string Whole, string[] Paths, Dictionary<string, List<int>> ByDocument, Dictionary<string, List<int>> Owned, List<int> Everything, Dictionary<string, object[]> Versions);
    Dependencies? dependencies, pendingDependencies;

    // The versions of the documents read again in this build, for the record once it succeeds (see Affected).
    List<(string Id, object[] Parts)>? pendingVersions;

    /// <summary>
    /// The pages (by index into the pages' paths) a build must look at: those that show a document whose version
    /// changed since the last build, and those that show the whole site if any did; null when that cannot be told
    /// (the first build, or the site's shape or site-wide files changed): then every page is looked at.
    /// </summary>
    public int[]? Affected(PageKeys keys, SiteModel site)
    {
        ListedUnchanged = false;
        if (dependencies is not { } d || d.Whole != keys.Whole) return null;
        var changed = new List<(string Id, object[] Parts)>();
        var listedSame = true;
        foreach (var doc in site.Documents)
        {
            if (!d.Versions.TryGetValue(doc.Doc.Id, out var was)) return null;
            // Compared part by part without making the parts (10,000 documents, one or two read again).
            var trs = site.TranslationsOf(doc.Doc.Id);
            var same = was.Length == trs.Count + 1 && ReferenceEquals(was[0], doc);
            for (var i = 0; same && i < trs.Count; i++) same = ReferenceEquals(was[i + 1], trs[i]);
            if (same) continue;
            var parts = keys.PartsOf(doc);
            changed.Add((doc.Doc.Id, parts));
            listedSame = listedSame && PageKeys.SameListed(was, parts);
        }
        pendingVersions = changed;
        // When what lists show of every document read again is as it was, only the pages that show them whole can
        // differ (a save of a message's body: its own page in each language and its workbench pages).
        ListedUnchanged = listedSame;
        if (changed.Count == 0) return [];
        if (listedSame) return [.. changed.SelectMany(c => d.Owned.GetValueOrDefault(c.Id) ?? []).Distinct().Order()];
        return [.. changed.SelectMany(c => d.ByDocument.GetValueOrDefault(c.Id) ?? []).Concat(d.Everything).Distinct().Order()];
    }

    /// <summary>
    /// What <see cref="Affected"/> found in this build: no document read again changed what lists show of it, and the
    /// site kept its shape. Then the feeds, the sitemap and the pages about the whole site are as they were.
    /// </summary>
    public bool ListedUnchanged { get; private set; }

    /// <summary>Whether <paramref name="paths"/> were confirmed to be the last build's (<see cref="Confirm"/>).</summary>
    public bool SamePaths(IReadOnlyList<string> paths) => ReferenceEquals(paths, samePaths);

    /// <summary>
    /// Whether <paramref name="paths"/> are the pages of the last build (the site kept its shape, which the indices
    /// <see cref="Affected"/> gave stand for); when not, the build must look at every page.
    /// </summary>
    public bool Confirm(IReadOnlyList<string> paths)
    {
        if (dependencies is not { } d || d.Paths.Length != paths.Count) return false;
        for (var i = 0; i < paths.Count; i++) if (!string.Equals(d.Paths[i], paths[i], StringComparison.Ordinal)) return false;
        samePaths = paths;
        return true;
    }

    /// <summary>
    /// Records what every page depends on (<paramref name="deps"/>[i] for <paramref name="paths"/>[i]; null: the
    /// whole site), and which pages show their first document whole (<paramref name="ownFirst"/>).
    /// </summary>
    public void Index(PageKeys keys, IReadOnlyList<string> paths, IReadOnlyList<IReadOnlyList<RenderedDocument?>?> deps, Func<int, bool> ownFirst, SiteModel site)
    {
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var owned = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var everything = new List<int>();
        for (var i = 0; i < deps.Count; i++)
        {
            if (deps[i] is not { } list) { everything.Add(i); continue; }
            if (ownFirst(i) && list.Count > 0 && list[0] is { } own)
            {
                if (!owned.TryGetValue(own.Doc.Id, out var mine)) owned[own.Doc.Id] = mine = [];
                mine.Add(i);
            }
            foreach (var doc in list)
                if (doc is not null)
                {
                    if (!byDocument.TryGetValue(doc.Doc.Id, out var pages)) byDocument[doc.Doc.Id] = pages = [];
                    if (pages.Count == 0 || pages[^1] != i) pages.Add(i);
                }
        }
        pendingDependencies = new Dependencies(keys.Whole, [.. paths], byDocument, owned, everything,
            site.Documents.ToDictionary(doc => doc.Doc.Id, keys.PartsOf, StringComparer.Ordinal));
    }

    public bool IsCurrent(string path, string key) => !pending.ContainsKey(path) && pages.TryGetValue(path, out var p) && p.Key == key;

    /// <summary>A page was laid out from <paramref name="key"/>.</summary>
    public void Laid(string path, string key, ReadOnlySpan<char> html) => pending[path] = (key, CharsOf(html));

    /// <summary>
    /// Every character of the pages once the pending ones are in and the pages not in <paramref name="paths"/> are
    /// gone: what a whole build's <see cref="Output.UsedCharacters"/> would collect. Made from the change the pending
    /// pages bring (a save lays out a few pages of 30,000 at 10,000 documents), not by counting again.
    /// </summary>
    public List<int> CodePoints(IReadOnlyList<string> paths)
    {
        var delta = new Dictionary<int, int>();
        void Count(int[] chars, int by) { foreach (var c in chars) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(delta, c, out _) += by; }
        foreach (var (path, page) in pending)
        {
            if (pages.TryGetValue(path, out var old)) Count(old.Chars, -1);
            Count(page.Chars, +1);
        }
        if (!ReferenceEquals(paths, samePaths))
        {
            var keep = SetOf(paths);
            foreach (var (path, page) in pages) if (!keep.Contains(path) && !pending.ContainsKey(path)) Count(page.Chars, -1);
        }
        var next = used;
        if (delta.Any(d => d.Value != 0 && counts[d.Key] > 0 != counts[d.Key] + d.Value > 0))
            next = [.. used.Where(c => counts[c] + delta.GetValueOrDefault(c) > 0).Union(delta.Keys.Where(c => counts[c] + delta[c] > 0)).Order()];
        pendingChars = (delta, paths, next);
        return next;
    }

    /// <summary>The build succeeded: the pending pages are what the folder holds, and the pages not in <paramref name="paths"/> are gone.</summary>
    public void Commit(IReadOnlyList<string> paths)
    {
        // The change to the counts was made for these pages (made again if asked for another set of pages).
        if (pendingChars is not { } chars || !ReferenceEquals(chars.Paths, paths)) CodePoints(paths);
        var (delta, _, next) = pendingChars!.Value;
        foreach (var (c, by) in delta) counts[c] += by;
        used = next;
        if (!ReferenceEquals(paths, samePaths))
        {
            var keep = SetOf(paths);
            foreach (var gone in pages.Keys.Where(p => !keep.Contains(p)).ToList()) pages.Remove(gone);
            committedPaths = keep as HashSet<string> ?? new HashSet<string>(keep, StringComparer.Ordinal);
        }
        foreach (var (path, page) in pending) pages[path] = page;
        if (pendingDependencies is not null) dependencies = pendingDependencies;
        else if (dependencies is not null) foreach (var (id, parts) in pendingVersions ?? []) dependencies.Versions[id] = parts;
        Discard();
    }

    /// <summary>The build failed: the pages laid out are forgotten.</summary>
    public void Discard()
    {
        pending.Clear();
        pendingChars = null;
        pendingDependencies = null;
        pendingVersions = null;
        samePaths = null;
        ListedUnchanged = false;
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
        // The shape: order, addresses, topics, and which document another duplicates; each document's part made once
        // for the object (a save reads one document again, not 10,000).
        foreach (var d in site.Documents) hash.AppendData(ShapeOf.GetValue(d, static d =>
            Encoding.UTF8.GetBytes($"\0{d.Doc.Id} {d.Url} {string.Join(',', d.Doc.Topics)} {(d.Doc as Message)?.DuplicateOf}")));
        whole = Convert.ToHexString(hash.GetHashAndReset());
    }

    static readonly ConditionalWeakTable<RenderedDocument, byte[]> ShapeOf = new();

    /// <summary>
    /// A page that shows the whole site (home, changes…): what a list shows of any document or translation changes it.
    /// </summary>
    public string Everything => everything ??= whole + "|" + HashOfListed(site.Documents);

    /// <summary>The site-wide part of every key: the theme, input/'s own files, the edition, changes, downloads and the shape.</summary>
    public string Whole => whole;

    /// <summary>
    /// A page's key from what it shows: the documents (a list's, a document page's own and its neighbours', a
    /// workbench page's one), or null for a page that shows the whole site. With <paramref name="ownFirst"/>, the
    /// page shows the first document whole (a document's page, a workbench page): its version; of every other, only
    /// what a list shows (<see cref="Listed"/>). A page's place in a list (its page number, the number of pages)
    /// follows from the shape, which <see cref="Whole"/> holds.
    /// </summary>
    public string KeyOf(IReadOnlyList<RenderedDocument?>? deps, bool ownFirst = false) =>
        deps is null ? Everything : whole + "|" + string.Join(' ', deps.Select((d, i) => i == 0 && ownFirst ? Version(d) : ListedVersion(d)));

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
        if (path == Urls.Sitemap)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Span<byte> buffer = stackalloc byte[512];
            foreach (var p in pagePaths)
            {
                hash.AppendData(Encoding.UTF8.GetMaxByteCount(p.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(p, buffer)] : Encoding.UTF8.GetBytes(p));
                hash.AppendData("\n"u8);
            }
            return $"{whole}|{Convert.ToHexString(hash.GetHashAndReset())}";
        }
        if (path == Urls.Robots) return whole;
        foreach (var lang in site.Config.Translations)
            if (path == Urls.FeedOf(lang))
                return $"{whole}|{HashOfListed(site.AllTranslations.Where(t => t.Lang == lang).Select(t => site.ById(t.Original.Id)))}";
        foreach (var lang in site.Config.Translations.Prepend("fa"))
            if (path == Urls.ChangesFeedOf(lang)) return $"{whole}|{HashOfListed(site.Changes.Select(c => c.Doc))}";
        return Everything;
    }

    // Asked for every page of every language: made once per document in this build.
    readonly ConcurrentDictionary<RenderedDocument, string> versions = new(ReferenceEqualityComparer.Instance);
    readonly ConcurrentDictionary<RenderedDocument, IReadOnlyList<RenderedDocument?>> documentDeps = new(ReferenceEqualityComparer.Instance);

    string Version(RenderedDocument? d) => d is null ? "-" : versions.GetOrAdd(d, d => string.Join('.', PartsOf(d).Select(Identity.Of)));

    string ListedVersion(RenderedDocument? d) => d is null ? "-" :
        listed.GetOrAdd(d, d => string.Join('.', site.TranslationsOf(d.Doc.Id).Select(t => Convert.ToHexString(Listed(t))).Prepend(Convert.ToHexString(Listed(d)))));

    readonly ConcurrentDictionary<RenderedDocument, string> listed = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What a list shows of a document (number, title, sender, place, date, topics, opening words; see the theme's
    /// DocumentList, the feeds' entries, a page's previous and next) and of each of its translations (title,
    /// translators, status, opening words, and how many of its paragraphs' originals changed since, which the
    /// translations index shows): their addresses, front matter and first paragraphs, by content. A save
    /// that changes a document's body below its first paragraph changes no list: at 10,000 documents, the pages that
    /// show the document whole are laid out again, not the score that list it.
    /// </summary>
    static byte[] Listed(RenderedDocument d) => ListedOf.GetValue(d, static d =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Url}\0{d.Doc.Path}\0{d.Doc.File.Yaml}\0{d.Paragraphs.FirstOrDefault()?.Text}")));

    /// <summary>Whether two versions of a document (its parts, see <see cref="PartsOf"/>) show the same in lists.</summary>
    public static bool SameListed(object[] was, object[] now)
    {
        if (was.Length != now.Length || !Listed((RenderedDocument)was[0]).AsSpan().SequenceEqual(Listed((RenderedDocument)now[0]))) return false;
        for (var i = 1; i < was.Length; i++)
            if (!ReferenceEquals(was[i], now[i]) && !Listed((Translation)was[i]).AsSpan().SequenceEqual(Listed((Translation)now[i]))) return false;
        return true;
    }

    static byte[] Listed(Translation t) => ListedTr.GetValue(t, static t =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{t.Path}\0{t.Lang}\0{t.FrontMatter}\0{t.Paragraphs.FirstOrDefault()?.Text}\0{t.StaleCount}")));

    static readonly ConditionalWeakTable<RenderedDocument, byte[]> ListedOf = new();
    static readonly ConditionalWeakTable<Translation, byte[]> ListedTr = new();

    /// <summary>What lists show of many documents, as one hash (no string made per document).</summary>
    string HashOfListed(IEnumerable<RenderedDocument?> docs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var d in docs)
        {
            if (d is not null)
            {
                hash.AppendData(Listed(d));
                foreach (var tr in site.TranslationsOf(d.Doc.Id)) hash.AppendData(Listed(tr));
            }
            hash.AppendData("\0"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// What the files every page may depend on hold: the theme's, and input/'s own (collection, topics, glossary, the sources), as
    /// one hash of their names and contents (they are small; their times of change tick too coarsely to be trusted,
    /// see <see cref="FileMemo{T}"/>).
    /// </summary>
    public static string Stamps(SiteConfig config)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A missing folder is reported by the step that reads it (with its fix).
        var files = (Directory.Exists(config.ThemeDir) ? Directory.EnumerateFiles(config.ThemeDir, "*", SearchOption.AllDirectories) : [])
            .Concat(Directory.Exists(config.InputDir) ? Directory.EnumerateFiles(config.InputDir) : [])
            .Concat(Directory.Exists(config.SourcesDir) ? Directory.EnumerateFiles(config.SourcesDir) : []);
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
