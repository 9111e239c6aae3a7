using Site.Corpus;

namespace Site.Build;

/// <summary>What a message or resolution page shows besides the document: neighbours, related documents, translations rendered.</summary>
public sealed record DocumentPageModel(
    RenderedDocument Doc, RenderedDocument? Prev, RenderedDocument? Next, IReadOnlyList<RenderedDocument> Related,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedParagraph>> TranslationHtml);

public sealed record TopicPageModel(Topic Topic, IReadOnlyList<RenderedDocument> Messages, IReadOnlyList<RenderedDocument> Resolutions);
