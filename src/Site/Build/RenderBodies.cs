using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Site.Corpus;
using Site.Text;

namespace Site.Build;

/// <summary>
/// Stage: Markdown → HTML, one top-level block (one paragraph of the original) at a time, each with an id of its
/// own ("p1", "p2" …). Markdig's automatic ids keep only ASCII, so Persian paragraphs are numbered instead.
/// </summary>
public static class RenderBodies
{
    public static RenderedDocument Render(CorpusDocument doc) => new(doc, RenderParagraphs(doc.File.Body, "p", doc.Paragraphs), Urls.Of(doc));

    /// <param name="texts">The blocks' plain text when the caller has it already (one copy fewer per paragraph on a large site).</param>
    public static IReadOnlyList<RenderedParagraph> RenderParagraphs(string markdown, string idPrefix, IReadOnlyList<string>? texts = null)
    {
        var parsed = Markdown.Parse(markdown, MarkdownText.Pipeline);
        SafeMarkdown.Sanitize(parsed);
        var result = new List<RenderedParagraph>();
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownText.Pipeline.Setup(renderer);
        int n = 0;
        foreach (var block in parsed)
        {
            var text = PersianText.Normalize(MarkdownText.PlainText(block));
            if (text.Length == 0) continue;
            if (texts is not null && n < texts.Count && texts[n] == text) text = texts[n];
            n++;
            var id = idPrefix + n;
            writer.GetStringBuilder().Clear();
            renderer.Render(block);
            result.Add(new RenderedParagraph(id, writer.ToString().Trim(), text));
        }
        return result;
    }
}
