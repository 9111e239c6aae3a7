using AngleSharp.Html.Parser;

namespace Site.Build;

/// <summary>
/// Stage: parses every written page with AngleSharp and checks what a reader relies on: every internal href/src and
/// #anchor resolves, nothing is loaded from another host, and each page has lang, dir, a title and one h1.
/// </summary>
public static class VerifyOutput
{
    public static List<string> Run(string outputDir) => Run(outputDir, null, []);

    /// <summary>
    /// Verifies <paramref name="changed"/> pages (in memory, not yet written) against the output folder as it will be
    /// once they are written and <paramref name="gone"/> pages removed; with null, every page in the folder.
    /// </summary>
    public static List<string> Run(string outputDir, IReadOnlyList<OutputFile>? changed, IReadOnlyList<string> gone)
    {
        var onDisk = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outputDir, p).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var files = onDisk.Except(gone).Concat(changed?.Select(c => c.Path) ?? []).ToHashSet(StringComparer.Ordinal);
        var inMemory = changed?.Where(c => c.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(c => c.Path, c => c.Content) ?? [];
        var pages = changed is null
            ? onDisk.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : inMemory.Keys.Order(StringComparer.Ordinal).ToList();
        // Parsed from a string: AngleSharp decoding a stream itself is several times slower.
        string Open(string page) => inMemory.TryGetValue(page, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : File.ReadAllText(Path.Combine(outputDir, page));

        // First pass: ids of every page, and the links each page makes.
        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>>();
        var links = new System.Collections.Concurrent.ConcurrentBag<(string Page, string Attr, string Url)>();
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(pages, () => new HtmlParser(), (page, _, parser) =>
        {
            var doc = parser.ParseDocument(Open(page));
            var html = doc.DocumentElement;
            if (string.IsNullOrEmpty(html.GetAttribute("lang"))) problems.Add($"{page}: <html> has no lang");
            if (string.IsNullOrEmpty(html.GetAttribute("dir"))) problems.Add($"{page}: <html> has no dir");
            if (string.IsNullOrWhiteSpace(doc.Title)) problems.Add($"{page}: no <title>");
            // One walk over the elements (several selector queries would walk the tree once each).
            int h1 = 0;
            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in doc.All)
            {
                if (e.LocalName == "h1") h1++;
                if (e.Id is { Length: > 0 } id) pageIds.Add(id);
                if (e.HasAttribute("srcset") || e.HasAttribute("poster") || e.HasAttribute("style") || e.LocalName == "object" && e.HasAttribute("data"))
                    problems.Add($"{page}: <{e.LocalName}> has srcset, poster, data or style, which the site does not use");
                // A <link> loads what it names (stylesheet, icon, preload) unless it only points somewhere.
                var isLoad = e.LocalName == "link" && e.GetAttribute("rel") is not ("canonical" or "alternate" or "prev" or "next");
                if (e.GetAttribute("href") is { } href && !(e.LocalName == "link" && !isLoad)) links.Add((page, isLoad ? "src" : "href", href));
                if (e.GetAttribute("src") is { } src) links.Add((page, "src", src));
            }
            if (h1 != 1) problems.Add($"{page}: {h1} <h1> elements (one expected)");
            ids[page] = pageIds;
            return parser;
        }, _ => { });

        // A page that was not verified this time (unchanged) is read only when a changed page links into it.
        HashSet<string> IdsOf(string page)
        {
            if (ids.TryGetValue(page, out var set)) return set;
            set = new HtmlParser().ParseDocument(Open(page)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            ids[page] = set;
            return set;
        }

        foreach (var (page, attr, url) in links)
        {
            if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) continue;
            if (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
            {
                // A link out is a reader's choice; loading anything from another host is not.
                if (attr == "src") problems.Add($"{page}: loads {url} from another host");
                continue;
            }
            if (url.Contains(':')) { problems.Add($"{page}: {attr}=\"{url}\" is not a link the site allows"); continue; }
            var (path, fragment) = Split(url);
            string target;
            if (path.Length == 0) target = page;
            else
            {
                var baseDir = Path.GetDirectoryName(page)!.Replace('\\', '/');
                target = Normalize(baseDir.Length > 0 ? baseDir + "/" + Uri.UnescapeDataString(path) : Uri.UnescapeDataString(path));
                if (target.EndsWith('/') || path is "." or ".." || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)) target = target.TrimEnd('/') + (target.Length > 0 ? "/" : "") + "index.html";
                if (target.StartsWith("../", StringComparison.Ordinal)) { problems.Add($"{page}: {url} leads outside the site"); continue; }
                if (!files.Contains(target)) { problems.Add($"{page}: {url} → {target} does not exist"); continue; }
            }
            if (fragment is { Length: > 0 } f && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(Uri.UnescapeDataString(f)))
                problems.Add($"{page}: {url} → no element with id \"{f}\" in {target}");
        }
        return problems.Order(StringComparer.Ordinal).ToList();
    }

    static (string, string?) Split(string url)
    {
        var q = url.IndexOfAny(['?', '#']);
        if (q < 0) return (url, null);
        var hash = url.IndexOf('#');
        return (url[..q], hash >= 0 ? url[(hash + 1)..] : null);
    }

    static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var seg in path.Split('/'))
        {
            if (seg == "." || seg.Length == 0) continue;
            if (seg == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(seg);
        }
        return string.Join('/', parts) + (path.EndsWith('/') ? "/" : "");
    }
}
