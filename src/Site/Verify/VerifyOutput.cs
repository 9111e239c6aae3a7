using System.Collections.Concurrent;
using Site.Project;
using Site.Output;

namespace Site.Verify;

/// <summary>What verification keeps of one page once it is written: its ids, the links it makes to other files, and
/// what is wrong in the page alone: links that are wrong whatever else the site holds (kept with their link, which
/// may have come from a document's text) and the rest.</summary>
public sealed record PageFacts(string Page, HashSet<string> Ids, List<(string Attr, string Url)> Links, List<Diagnostic> Problems, List<(string Url, string Problem)>? LinkProblems = null);

/// <summary>
/// Stage: checks what a reader relies on in every page: every internal href/src and #anchor resolves, nothing is
/// loaded from another host, and each page has lang, dir, a title and one h1.
/// </summary>
/// <remarks>
/// Each page is read once, while the build still holds it (<see cref="Scan"/>), by <see cref="HtmlTags"/>; the links
/// are resolved when every page has been read (<see cref="Check"/>). Whether the pages are well-formed HTML is the
/// W3C checker's part (tests/Site.Tests/Build/HtmlValidatorTests.cs).
/// </remarks>
public static class VerifyOutput
{
    /// <summary>Reads one page: ids, links, and the problems the page has on its own (same-page anchors included).</summary>
    public static PageFacts Scan(string page, string html) => Scan(page, html.AsMemory());

    /// <inheritdoc cref="Scan(string, string)"/>
    /// <param name="shared">Where to keep the one copy of ids and links that many pages share (a build keeps the facts of every page).</param>
    public static PageFacts Scan(string page, ReadOnlyMemory<char> html, SharedStrings? shared = null) =>
        Read(page, html, shared, new HashSet<string>(StringComparer.Ordinal), null);

    /// <summary>
    /// Reads one page into <paramref name="ids"/> and, with a <paramref name="ledger"/>, hands it the page's links
    /// instead of keeping them (see <see cref="LinkLedger"/>).
    /// </summary>
    internal static PageFacts Read(string page, ReadOnlyMemory<char> html, SharedStrings? shared, HashSet<string> ids, LinkLedger? ledger)
    {
        var links = new List<(string, string)>();
        var problems = new List<Diagnostic>();
        List<(string, string)>? linkProblems = null;
        List<string>? samePage = null;
        int h1 = 0;
        bool sawHtml = false, titled = false;
        var folder = ledger is null ? null : LinkResolver.FolderOf(page);
        foreach (var tag in HtmlTags.Read(html))
        {
            if (tag.Name == "title") titled |= !string.IsNullOrWhiteSpace(tag.Text);
            if (tag.Name == "h1") h1++;
            if (tag.Name == "html" && !sawHtml)
            {
                sawHtml = true;
                if (string.IsNullOrEmpty(tag.Get("lang"))) problems.Add(OnPage(page, "<html> has no lang"));
                if (string.IsNullOrEmpty(tag.Get("dir"))) problems.Add(OnPage(page, "<html> has no dir"));
            }
            // One pass over the attributes for the ones looked at (a page has hundreds of tags; a lookup by name for
            // each was a few percent of a build).
            int idAt = -1, hrefAt = -1, srcAt = -1, relAt = -1;
            var unused = false;
            for (var i = 0; i < tag.Count; i++)
            {
                var name = tag.NameAt(i);
                switch (name.Length)
                {
                    case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase): idAt = i; break;
                    case 3 when name.Equals("src", StringComparison.OrdinalIgnoreCase): srcAt = i; break;
                    case 3 when name.Equals("rel", StringComparison.OrdinalIgnoreCase): relAt = i; break;
                    case 4 when name.Equals("href", StringComparison.OrdinalIgnoreCase): hrefAt = i; break;
                    case 4 when name.Equals("data", StringComparison.OrdinalIgnoreCase): unused |= tag.Name == "object"; break;
                    case 5 when name.Equals("style", StringComparison.OrdinalIgnoreCase): unused = true; break;
                    case 6 when name.Equals("srcset", StringComparison.OrdinalIgnoreCase) || name.Equals("poster", StringComparison.OrdinalIgnoreCase): unused = true; break;
                }
            }
            if (idAt >= 0 && tag.ValueAt(idAt, shared) is { Length: > 0 } id) ids.Add(id);
            if (unused) problems.Add(OnPage(page, $"<{tag.Name}> has srcset, poster, data or style, which the site does not use"));
            // A <link> loads what it names (stylesheet, icon, preload) unless it only points somewhere.
            var isLoad = tag.Name == "link" && (relAt < 0 ? null : tag.ValueAt(relAt)) is not ("canonical" or "alternate" or "prev" or "next");
            if (hrefAt >= 0 && !(tag.Name == "link" && !isLoad) && !LetGo(tag, hrefAt)) Keep(isLoad ? "src" : "href", tag.ValueAt(hrefAt, shared));
            if (srcAt >= 0 && !LetGo(tag, srcAt)) Keep("src", tag.ValueAt(srcAt, shared));
        }
        if (!sawHtml) problems.Add(OnPage(page, "<html> has no lang"));
        if (!titled) problems.Add(OnPage(page, "no <title>"));
        if (h1 != 1) problems.Add(OnPage(page, $"{h1} <h1> elements (one expected)"));
        // Links within the page are checked now, so only links to other files are kept.
        foreach (var f in samePage ?? [])
            if (!ids.Contains(Uri.UnescapeDataString(f))) (linkProblems ??= []).Add(("#" + f, $"#{f} → no element with id \"{f}\" in {page}"));
        var facts = new PageFacts(page, ids, links, problems, linkProblems);
        ledger?.Own(facts);
        return facts;

        // A link the ledger sees lead to a page the build lays out needs nothing more: not even a string.
        bool LetGo(HtmlTags.Tag tag, int at) => ledger is not null && tag.TryRawValueAt(at, out var raw) && ledger.IsPlannedPage(folder!, raw);

        void Keep(string attr, string url)
        {
            if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return;
            if (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
            {
                // A link out is a reader's choice; loading anything from another host is not.
                if (attr == "src") problems.Add(OnPage(page, $"loads {url} from another host"));
                return;
            }
            if (url.Contains(':')) { (linkProblems ??= []).Add((url, $"{attr}=\"{url}\" is not a link the site allows")); return; }
            if (url.StartsWith('#')) { if (url.Length > 1) (samePage ??= []).Add(url[1..]); return; }
            if (ledger is not null) ledger.Link(page, folder!, url);
            else links.Add((attr, url));
        }
    }

    /// <summary>
    /// Every problem of <paramref name="pages"/>: their own, and links that lead to no file in <paramref name="files"/>
    /// (the site-relative paths of the finished output) or to no such id in the page they lead to.
    /// </summary>
    /// <param name="idsOf">The ids of a page that was not scanned this time (the preview's unchanged pages).</param>
    /// <param name="rootPath">The site's path on its host (<see cref="Project.SiteConfig.BasePath"/>): a link that starts
    /// with it leads into the site from its root.</param>
    /// <param name="sources">Where a link on a page came from (a document's or a translation's file and line), when it came from content.</param>
    public static List<Diagnostic> Check(IEnumerable<PageFacts> pages, Func<string, bool> files, Func<string, HashSet<string>> idsOf, string? rootPath = null, LinkSource? sources = null)
    {
        var scanned = pages.ToDictionary(p => p.Page, StringComparer.Ordinal);
        var links = new Dictionary<(string Folder, string Url), List<string>>();
        foreach (var facts in scanned.Values)
        {
            var folder = LinkResolver.FolderOf(facts.Page);
            foreach (var (_, url) in facts.Links)
            {
                var key = LinkResolver.Key(facts.Page, folder, url);
                if (!links.TryGetValue(key, out var on)) links[key] = on = [];
                on.Add(facts.Page);
            }
        }
        return Check(scanned.Values, links, files, page => scanned.TryGetValue(page, out var f) ? f.Ids : idsOf(page), rootPath, sources);
    }

    /// <summary>
    /// The problems of pages (<paramref name="own"/>) and of <paramref name="links"/>: each link, by the folder it
    /// stands in, with the pages that make it (resolved once, reported on each page).
    /// </summary>
    internal static List<Diagnostic> Check(IEnumerable<PageFacts> own, IReadOnlyDictionary<(string Folder, string Url), List<string>> links,
        Func<string, bool> files, Func<string, HashSet<string>> idsOf, string? rootPath, LinkSource? sources)
    {
        var resolver = new LinkResolver(files, rootPath);
        var problems = new List<Diagnostic>();
        foreach (var facts in own)
        {
            problems.AddRange(facts.Problems);
            foreach (var (url, problem) in facts.LinkProblems ?? []) Add(problems, BrokenLink(facts.Page, url, problem));
        }
        // Links are checked side by side: at 10,000 messages this was the build's longest stretch on one core.
        var found = InParallel.Map(links.ToList(), entry =>
        {
            var ((folder, url), on) = entry;
            var found = new List<Diagnostic>();
            var link = resolver.Resolve(folder, url);
            // The search index is made by a whole build only, and is no page for a reader: a text that links into it
            // passed one build and failed another (pages only, the preview). One rule for every build: not from a text.
            if (sources is not null && link.Problem is null or [' ', '→', ..] && link.Target.StartsWith(SearchFolder, StringComparison.Ordinal)
                && on.Where(page => sources(page, url) is not null).ToList() is { Count: > 0 } fromTexts)
            {
                foreach (var page in fromTexts)
                    if (sources(page, url) is (var file, var line, false))
                        found.Add(new Diagnostic(file, line, $"{url} leads into {SearchFolder}, the search index, which is no page for a reader (on the page {page})",
                            $"Link to the search page, or to the downloads' section of the About page, e.g. [downloads]({Model.Urls.Relative(page, AboutFor(page))}#download)."));
                on = [.. on.Except(fromTexts)];
            }
            if (link.Problem is { } problem)
                foreach (var page in on) Add(found, BrokenLink(page, url, url + problem));
            else if (link.Fragment is { Length: > 0 } f && link.Target.EndsWith(".html", StringComparison.Ordinal) && !idsOf(link.Target).Contains(Uri.UnescapeDataString(f)))
                foreach (var page in on) Add(found, BrokenLink(page, url, $"{url} → no element with id \"{f}\" in {link.Target}"));
            return found;
        });
        return problems.Concat(found.SelectMany(p => p))
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Problem, StringComparer.Ordinal).ToList();

        static void Add(List<Diagnostic> to, Diagnostic? d) { if (d is not null) to.Add(d); }

        // A link from a document's or a translation's text is that file's to fix (once, at the Persian page that shows
        // the text); any other is the theme's.
        Diagnostic? BrokenLink(string page, string url, string problem) =>
            sources?.Invoke(page, url) is var (file, line, repeated)
                ? repeated ? null : new Diagnostic(file, line, $"{problem} (on the page {page})", "Correct the link's target in the text, or remove the link.")
                : OnPage(page, problem);
    }

    /// <summary>The folder of the search index, which a text may not link into.</summary>
    const string SearchFolder = Model.Urls.SearchBundle + "/";

    /// <summary>The About page in the language of <paramref name="page"/> (an edition's pages stand in a folder named by its code).</summary>
    static string AboutFor(string page) => page.IndexOf('/') is var slash and (2 or 3) && page[..slash].All(char.IsAsciiLetterLower)
        ? Model.Urls.In(page[..slash], Model.Urls.About) : Model.Urls.About;

    /// <summary>A problem of a page as the theme laid it out.</summary>
    static Diagnostic OnPage(string page, string problem) => new(page, 0, problem, "A template or a link in the content is wrong: fix it and build again.");

    /// <summary>Every page in a finished output folder.</summary>
    public static List<Diagnostic> Run(string outputDir, string? rootPath = null) => Run(outputDir, null, [], rootPath);

    /// <summary>
    /// Verifies <paramref name="changed"/> pages (in memory, not yet written) against the output folder as it will be
    /// once they are written and <paramref name="gone"/> pages removed; with null, every page in the folder.
    /// </summary>
    /// <param name="onDisk">Whether the folder holds a file, when the caller knows (the preview does); else it is listed.</param>
    public static List<Diagnostic> Run(string outputDir, IReadOnlyList<OutputFile>? changed, IReadOnlyList<string> gone, string? rootPath = null, LinkSource? sources = null, Func<string, bool>? onDisk = null)
    {
        var listed = onDisk is null || changed is null ? FilesIn(outputDir) : null;
        onDisk ??= listed!.Contains;
        // The folder as it will be: what it holds, less what goes, with what is written (a few files in a save).
        var (goneSet, written) = (gone.ToHashSet(StringComparer.Ordinal), (changed ?? []).Select(c => c.Path).ToHashSet(StringComparer.Ordinal));
        bool files(string p) => written.Contains(p) || (onDisk(p) && !goneSet.Contains(p));
        string Read(string page) => File.ReadAllText(Path.Combine(outputDir, page));
        var pages = changed is null
            ? listed!.Where(IsPage).Select(p => (Path: p, Html: Read(p)))
            : changed.Where(c => IsPage(c.Path)).Select(c => (c.Path, Html: System.Text.Encoding.UTF8.GetString(c.Content)));
        var facts = pages.AsParallel().Select(p => Scan(p.Path, p.Html)).ToList();
        // A page that was not verified this time (unchanged) is read only when a changed page links into it.
        return Check(facts, files, IdsIn(outputDir), rootPath, sources);
    }

    /// <summary>The ids of a page of <paramref name="dir"/>, read from the file the first time they are asked for.</summary>
    public static Func<string, HashSet<string>> IdsIn(string dir)
    {
        var read = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        return page => read.GetOrAdd(page, p => Scan(p, File.ReadAllText(Path.Combine(dir, p))).Ids);
    }

    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The site-relative paths of every file under <paramref name="dir"/>, with '/' separators.</summary>
    /// <param name="skip">Folders (as "name/") at the top of <paramref name="dir"/> not to list: another process may be writing them.</param>
    public static HashSet<string> FilesIn(string dir, Func<string, bool>? skip = null)
    {
        var folders = skip is null ? [dir] : Directory.EnumerateDirectories(dir).Where(d => !skip(Path.GetFileName(d) + "/")).ToList();
        var top = skip is null ? [] : Directory.EnumerateFiles(dir);
        return top.Concat(folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)))
            .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
    }
}
