using Site.Corpus;

namespace Site.Model;

/// <summary>
/// Stage: each document's paragraphs (rendered to HTML when the corpus was read) with an id of their own ("p1", "p2"
/// …). Markdig's automatic ids keep only ASCII, so Persian paragraphs are numbered instead.
/// </summary>
public static class RenderBodies
{
    /// <summary>A document's paragraphs, rendered when the corpus was read, numbered.</summary>
    public static RenderedDocument Render(CorpusDocument doc) =>
        new(doc, doc.Body.Select((p, i) => new RenderedParagraph("p" + (i + 1), p)).ToList(), Urls.Of(doc));
}
