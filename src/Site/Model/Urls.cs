using Site.Corpus;

namespace Site.Model;

/// <summary>Where each page is written; every link is made relative to the page it stands on.</summary>
public static partial class Urls
{
    public const string Home = "index.html";
    public const string MessagesIndex = "messages/index.html";
    public const string ResolutionsIndex = "resolutions/index.html";
    public const string TopicsIndex = "topics/index.html";
    public const string About = "about/index.html";
    public const string TranslationsIndex = "translations/index.html";
    public const string English = "en/index.html";
    public const string Search = "search/index.html";
    public const string NotFound = "404.html";
    public const string Css = "assets/site.css";
    public const string Js = "assets/site.js";
    public const string SearchJs = "assets/search.js";
    public const string WorkbenchJs = "assets/workbench.js";
    public const string WorkbenchCss = "assets/workbench.css";
    public const string ExtraCss = "assets/extra.css";
    public const string Icon = "assets/icon.svg";
    /// <summary>The workbench's service worker: in translate/, whose pages are its scope.</summary>
    public const string WorkbenchWorker = "translate/offline.js";
    /// <summary>What a workbench page needs besides itself, which its service worker keeps for use offline.</summary>
    public static readonly string[] WorkbenchAssets = [Css, WorkbenchCss, Js, WorkbenchJs, FontPersian, FontLatin, Icon];
    /// <summary>The workbench's messages in one language, a script every workbench page of that language shares.</summary>
    public static string WorkbenchStrings(string lang) => $"assets/workbench-{lang}.js";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string FontLicense = "assets/fonts/OFL.txt";
    /// <summary>The font's two faces: Persian (and all but Latin letters), and Latin letters.</summary>
    public const string FontPersian = "assets/fonts/vazirmatn-fa.woff2";
    public const string FontLatin = "assets/fonts/vazirmatn-latin.woff2";
    /// <summary>The folder the offline copy and the EPUBs are written into.</summary>
    public const string DownloadsFolder = "download/";
    /// <summary>The folder of the search index (Pagefind's bundle).</summary>
    public const string SearchBundle = "pagefind";
    public static string HomeOf(string lang) => lang == "fa" ? Home : $"{lang}/index.html";
    public static string FeedOf(string lang) => lang == "fa" ? Feed : $"{lang}/feed.xml";
    public static string SearchIn(string lang) => lang == "fa" ? Search : $"{lang}/search/index.html";
    /// <summary>The search records for a language, beside its search page, in the offline zip and the ZIM only (Search.OfflineSearch).</summary>
    public static string SearchRecordsIn(string lang) => lang == "fa" ? "search/records.js" : $"{lang}/search/records.js";
    public const string Feed = "feed.xml";
    /// <summary>The page of recent changes, and its feed, in each language.</summary>
    public static string ChangesOf(string lang) => lang == "fa" ? "changes/index.html" : $"{lang}/changes/index.html";
    public static string ChangesFeedOf(string lang) => lang == "fa" ? "changes/feed.xml" : $"{lang}/changes/feed.xml";

    public static string Of(Document d) => $"{d.Section}/{d.Slug}.html";
    /// <summary>The translator's workbench for a document and a translation language.</summary>
    public static string Workbench(string lang, Document d) => $"translate/{lang}/{d.Id}.html";
    public static bool IsWorkbench(string path) => path.StartsWith("translate/", StringComparison.Ordinal);
    /// <summary>Where a translation's file stands in the repository.</summary>
    public static string TranslationFile(string lang, Document d) => $"input/translations/{lang}/{d.Section}/{d.Slug}.md";

    // The repository on GitHub (statiq.config's repository): where translations are proposed and discussed.
    const string GitHub = "https://github.com/";
    public static string GitHubNewFile(string repo, string branch, string path) => $"{GitHub}{repo}/new/{Uri.EscapeDataString(branch)}?filename={Uri.EscapeDataString(path)}";
    public static string GitHubEdit(string repo, string branch, string path) => $"{GitHub}{repo}/edit/{Uri.EscapeDataString(branch)}/{path}";
    public static string GitHubFile(string repo, string branch, string path) => $"{GitHub}{repo}/blob/{Uri.EscapeDataString(branch)}/{path}";
    /// <summary>The repository's open pull requests that mention <paramref name="text"/> (a document's id).</summary>
    public static string GitHubOpenPullRequests(string repo, string text) => $"{GitHub}{repo}/pulls?q={Uri.EscapeDataString("is:pr is:open " + text)}";
    public static string Topic(string slug) => $"topics/{slug}.html";
    /// <summary>A source document's page (statiq.config's key for it: messages, resolutions), in Persian only.</summary>
    public static string Source(string key) => $"sources/{key}.html";
    /// <summary>The pages that load <see cref="ExtraCss"/>: the About pages, the translations' pages and the sources' pages.</summary>
    public static bool NeedsExtraCss(string path) =>
        path.StartsWith("sources/", StringComparison.Ordinal) || path.StartsWith("translations/", StringComparison.Ordinal) || path.EndsWith(About, StringComparison.Ordinal);

    /// <summary>
    /// The page at Persian path <paramref name="path"/> in the edition of <paramref name="lang"/>: the same path under
    /// &lt;lang&gt;/ (fa is the site's root). en/messages/x.html is messages/x.html in English.
    /// </summary>
    public static string In(string lang, string path) => lang == "fa" ? path : $"{lang}/{path}";

    /// <summary>A document's page in an edition.</summary>
    public static string Of(Document d, string lang) => In(lang, Of(d));

    /// <summary>The language of the edition a page belongs to ("fa" for the Persian root), among <paramref name="langs"/>.</summary>
    public static string LangOf(string path, IEnumerable<string> langs) =>
        langs.FirstOrDefault(l => path.StartsWith(l + "/", StringComparison.Ordinal)) ?? "fa";

    /// <summary>The Persian path of a page of any edition (en/topics/x.html → topics/x.html).</summary>
    public static string PersianOf(string path, IEnumerable<string> langs) =>
        LangOf(path, langs) is var l && l != "fa" ? path[(l.Length + 1)..] : path;

    /// <summary>
    /// Whether the Persian page at <paramref name="persianPath"/> has a page in every edition: everything but the
    /// translations table (the volunteers' page, one for all languages), the 404 page, the downloads and assets.
    /// </summary>
    public static bool HasEditions(string persianPath) =>
        persianPath.EndsWith(".html", StringComparison.Ordinal) && persianPath != NotFound
        && !persianPath.StartsWith("translations/", StringComparison.Ordinal) && !persianPath.StartsWith("sources/", StringComparison.Ordinal) && !IsDownload(persianPath)
        && !persianPath.StartsWith("assets/", StringComparison.Ordinal) && !IsWorkbench(persianPath);

    /// <summary>
    /// The same page in Persian and in every edition (hreflang, site path), Persian first, when the page has editions;
    /// else empty. Every page of the set lists the same set: the alternates are reciprocal by construction.
    /// </summary>
    public static IReadOnlyList<(string Lang, string Path)> Alternates(string path, IReadOnlyList<string> langs)
    {
        var persian = PersianOf(path, langs);
        if (!HasEditions(persian)) return [];
        return [.. langs.Prepend("fa").Select(l => (l, In(l, persian)))];
    }
    /// <summary>
    /// A text's HTML as it must read on an edition's copy of the page at <paramref name="persianPath"/>: the edition's
    /// page stands one folder deeper, so a relative link to a page the editions also have stays as written (it finds the
    /// edition's page), and one to anything else (a download, the translations table) climbs one more folder.
    /// </summary>
    public static string InEdition(string html, string persianPath) =>
        !html.Contains("href=\"", StringComparison.Ordinal) ? html
            : HrefAttribute().Replace(html, m => "href=\"" + HrefInEdition(m.Groups[1].Value, persianPath) + "\"");

    /// <summary>One link of a text (as written in its HTML attribute) as it reads on the edition's page: see <see cref="InEdition"/>.</summary>
    public static string HrefInEdition(string href, string persianPath)
    {
        if (href.Length == 0 || href[0] is '#' or '/' || href.Contains(':', StringComparison.Ordinal)) return href;
        var target = new Uri(new Uri("http://site/" + persianPath), System.Net.WebUtility.HtmlDecode(href)).AbsolutePath.TrimStart('/');
        return HasEditions(Uri.UnescapeDataString(target)) ? href : "../" + href;
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex HrefAttribute();

    public static string Download(string name) => DownloadsFolder + name;
    public static bool IsDownload(string path) => path.StartsWith(DownloadsFolder, StringComparison.Ordinal);
    /// <summary>Whether the page at <paramref name="path"/> is a search page (of any language).</summary>
    public static bool IsSearch(string path) => path == Search || path.EndsWith("/" + Search, StringComparison.Ordinal);

    /// <summary>The path of <paramref name="target"/> (site-relative) as seen from the page at <paramref name="from"/>.</summary>
    /// <remarks>The folders both share are not climbed out of and back into: from en/messages/a.html,
    /// en/messages/b.html is "b.html" and en/index.html "../index.html" (shorter pages, and addresses a reader can read).</remarks>
    public static string Relative(string from, string target)
    {
        if (target.StartsWith('#')) return target;
        var f = from.AsSpan();
        var shared = 0;   // the length of the folders both paths start with, up to and with the last '/'
        for (int i = 0; i < f.Length && i < target.Length && f[i] == target[i]; i++)
            if (f[i] == '/') shared = i + 1;
        // Called for every link of every page (3.5 % of a build at 10,000 when the prefix was counted and built anew).
        var depth = f[shared..].Count('/');
        var rest = target.AsSpan(shared);
        if (depth == 0) return rest.IsEmpty ? "./" : shared == 0 ? target : rest.ToString();
        return string.Concat(depth < Ups.Length ? Ups[depth] : string.Concat(Enumerable.Repeat("../", depth)), rest);
    }

    static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(d => string.Concat(Enumerable.Repeat("../", d)))];
}
