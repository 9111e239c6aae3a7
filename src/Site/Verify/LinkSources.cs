using System.Net;
using Site.Model;

namespace Site.Verify;

/// <summary>The file and line a link on a page came from, or null when the theme made it.</summary>
public delegate (string File, int Line)? LinkSource(string page, string url);

/// <summary>Finds the paragraph of a document, or of one of its translations, that holds a link of its page.</summary>
public static class LinkSources
{
    public static LinkSource Of(SiteModel site) => (page, url) =>
    {
        if (site.ByUrl(page) is not { } doc) return null;
        // Markdig writes the link's target into the paragraph's HTML with &, <, > and " escaped.
        var attribute = "href=\"" + WebUtility.HtmlEncode(url) + "\"";
        bool Holds(Corpus.Paragraph p) => p.KeptHtml is { } html && (html.Contains(attribute, StringComparison.Ordinal) || html.Contains("href=\"" + url + "\"", StringComparison.Ordinal));
        foreach (var p in doc.Paragraphs)
            if (Holds(p.Paragraph)) return (doc.Doc.Path, p.Paragraph.Line);
        foreach (var t in site.TranslationsOf(doc.Doc.Id))
            foreach (var p in t.Paragraphs)
                if (Holds(p)) return (t.Path, p.Line);
        return null;
    };
}
