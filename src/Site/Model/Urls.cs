using Site.Corpus;

namespace Site.Model;

/// <summary>Where each page is written; every link is made relative to the page it stands on.</summary>
public static class Urls
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
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string FontLicense = "assets/fonts/OFL.txt";
    /// <summary>The font's two faces: Persian (and all but Latin letters), and Latin letters.</summary>
    public const string FontPersian = "assets/fonts/vazirmatn-fa.woff2";
    public const string FontLatin = "assets/fonts/vazirmatn-latin.woff2";
    /// <summary>The folder the offline copy and the EPUBs are written into.</summary>
    public const string DownloadsFolder = "download/";
    public static string HomeOf(string lang) => lang == "fa" ? Home : $"{lang}/index.html";
    public static string FeedOf(string lang) => lang == "fa" ? Feed : $"{lang}/feed.xml";
    public static string SearchIn(string lang) => lang == "fa" ? Search : $"{lang}/search/index.html";
    public const string Feed = "feed.xml";
    /// <summary>The page of recent changes, and its feed, in each language.</summary>
    public static string ChangesOf(string lang) => lang == "fa" ? "changes/index.html" : $"{lang}/changes/index.html";
    public static string ChangesFeedOf(string lang) => lang == "fa" ? "changes/feed.xml" : $"{lang}/changes/feed.xml";

    public static string Of(Document d) => $"{d.Section}/{d.Slug}.html";
    public static string Topic(string slug) => $"topics/{slug}.html";
    public static string Download(string name) => DownloadsFolder + name;
    public static bool IsDownload(string path) => path.StartsWith(DownloadsFolder, StringComparison.Ordinal);
    /// <summary>Whether the page at <paramref name="path"/> is a search page (of any language).</summary>
    public static bool IsSearch(string path) => path == Search || path.EndsWith("/" + Search, StringComparison.Ordinal);

    /// <summary>The path of <paramref name="target"/> (site-relative) as seen from the page at <paramref name="from"/>.</summary>
    public static string Relative(string from, string target)
    {
        var depth = from.Count(c => c == '/');
        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        if (target.StartsWith('#')) return target;
        return prefix + target;
    }
}
