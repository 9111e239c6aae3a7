using System.Net;
using Site.Model;

namespace Site.Verify;

/// <summary>
/// The file and line a link on a page came from, or null when the theme made it. <c>Repeated</c>: the page is an
/// edition's copy of a Persian page that shows the same text, where the link is verified and reported once.
/// </summary>
public delegate (string File, int Line, bool Repeated)? LinkSource(string page, string url);

/// <summary>Finds the paragraph of a document, or of one of its translations, that holds a link of its page.</summary>
public static class LinkSources
{
    public static LinkSource Of(SiteModel site) => (page, url) =>
    {
        // An edition's page shows the same texts as the Persian page it stands for.
        var persian = Urls.PersianOf(page, site.Config.Translations);
        if (site.ByUrl(persian) is not { } doc) return null;
        var repeated = persian != page;
        // On an edition's page a link that leaves the editions climbs one folder more than the text wrote it.
        if (repeated && url.StartsWith("../", StringComparison.Ordinal) && Urls.HrefInEdition(url[3..], persian) == url) url = url[3..];
        // Markdig writes the link's target into the paragraph's HTML with &, <, > and " escaped.
        var attribute = "href=\"" + WebUtility.HtmlEncode(url) + "\"";
        bool Holds(Corpus.Paragraph p) => p.KeptHtml is { } html && (html.Contains(attribute, StringComparison.Ordinal) || html.Contains("href=\"" + url + "\"", StringComparison.Ordinal));
        foreach (var p in doc.Paragraphs)
            if (Holds(p.Paragraph)) return (doc.Doc.Path, p.Paragraph.Line, repeated);
        foreach (var t in site.TranslationsOf(doc.Doc.Id))
            foreach (var p in t.Paragraphs)
                if (Holds(p)) return (t.Path, p.Line, repeated);
        return null;
    };
}
