using Site.Corpus;
using Site.Translations;

namespace Site.Model;

/// <summary>
/// Gives each paragraph an id of its own, "p1", "p2" … in a document and "t1", "t2" … in a translation (their HTML
/// was made when they were read). Markdig's automatic ids keep only ASCII, so Persian paragraphs are numbered.
/// </summary>
public static class NumberParagraphs
{
    public static RenderedDocument Of(Document doc) =>
        new(doc, doc.Body.Select((p, i) => new RenderedParagraph("p" + (i + 1), p)).ToList(), Urls.Of(doc));

    public static IReadOnlyList<RenderedParagraph> Of(Translation t) =>
        t.Paragraphs.Select((p, i) => new RenderedParagraph($"t{i + 1}", p)).ToList();
}
