using AngleSharp.Html.Parser;

namespace Site.Build;

/// <summary>
/// Stage: parses every written page with AngleSharp and checks what a reader relies on: every internal href/src and
/// #anchor resolves, nothing is loaded from another host, and each page has lang, dir, a title and one h1.
/// </summary>
public static class VerifyOutput
{
    public static List<string> Run(string outputDir)
    {
        var pages = Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outputDir, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outputDir, p).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        // First pass: ids of every page, and the links each page makes.
        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>>();
        var links = new System.Collections.Concurrent.ConcurrentBag<(string Page, string Attr, string Url)>();
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(pages, () => new HtmlParser(), (page, _, parser) =>
        {
            using var stream = File.OpenRead(Path.Combine(outputDir, page));
            var doc = parser.ParseDocument(stream);
            var html = doc.DocumentElement;
            if (string.IsNullOrEmpty(html.GetAttribute("lang"))) problems.Add($"{page}: <html> has no lang");
            if (string.IsNullOrEmpty(html.GetAttribute("dir"))) problems.Add($"{page}: <html> has no dir");
            if (string.IsNullOrWhiteSpace(doc.Title)) problems.Add($"{page}: no <title>");
            var h1 = doc.QuerySelectorAll("h1").Length;
            if (h1 != 1) problems.Add($"{page}: {h1} <h1> elements (one expected)");
            ids[page] = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var e in doc.QuerySelectorAll("[href], [src]"))
            {
                if (e.GetAttribute("href") is { } href && !(e.LocalName == "link" && e.GetAttribute("rel") is "canonical" or "alternate")) links.Add((page, "href", href));
                if (e.GetAttribute("src") is { } src) links.Add((page, "src", src));
            }
            return parser;
        }, _ => { });

        foreach (var (page, attr, url) in links)
        {
            if (url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            if (url.StartsWith("http:", StringComparison.Ordinal) || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
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
                target = Normalize(baseDir.Length > 0 ? baseDir + "/" + path : path);
                if (target.EndsWith('/')) target += "index.html";
                if (target.StartsWith("../", StringComparison.Ordinal)) { problems.Add($"{page}: {url} leads outside the site"); continue; }
                if (!files.Contains(target)) { problems.Add($"{page}: {url} → {target} does not exist"); continue; }
            }
            if (fragment is { Length: > 0 } f && target.EndsWith(".html", StringComparison.Ordinal) && !(ids.TryGetValue(target, out var set) && set.Contains(Uri.UnescapeDataString(f))))
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
