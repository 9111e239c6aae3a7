using Markdig;
using Site.Corpus;
using Site.Text;

namespace Site.Build;

/// <summary>
/// Stage: each document's paragraphs (rendered to HTML when the corpus was read) with an id of their own ("p1", "p2"
/// …). Markdig's automatic ids keep only ASCII, so Persian paragraphs are numbered instead. Translations' paragraphs
/// are rendered here, from their Markdown.
/// </summary>
public static class RenderBodies
{
    /// <summary>A document's paragraphs, rendered when the corpus was read, numbered.</summary>
    public static RenderedDocument Render(CorpusDocument doc) =>
        new(doc, doc.Body.Select((p, i) => RenderedParagraph.Of("p" + (i + 1), p)).ToList(), Urls.Of(doc));

    public static IReadOnlyList<RenderedParagraph> RenderParagraphs(string markdown, string idPrefix)
    {
        var parsed = Markdown.Parse(markdown, MarkdownText.Pipeline);
        SafeMarkdown.Sanitize(parsed);
        var result = new List<RenderedParagraph>();
        int n = 0;
        foreach (var block in parsed)
        {
            var text = PersianText.Normalize(MarkdownText.PlainText(block));
            if (text.Length == 0) continue;
            n++;
            result.Add(new RenderedParagraph(idPrefix + n, MarkdownText.Html(block), text));
        }
        return result;
    }
}
