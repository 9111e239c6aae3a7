using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Model;

/// <summary>A paragraph as the page shows it: its anchor id, its HTML, its plain text.</summary>
public sealed record RenderedParagraph(string Id, Paragraph Paragraph)
{
    /// <summary>Its HTML (a plain paragraph's is made when asked, see <see cref="Corpus.Paragraph.Html"/>).</summary>
    public string Html => Paragraph.Html;

    public string Text => Paragraph.Text;
}

/// <summary>A corpus document with its body rendered, paragraph by paragraph.</summary>
public sealed record RenderedDocument(Document Doc, IReadOnlyList<RenderedParagraph> Paragraphs, string Url)
{
    public string Excerpt(int chars = 160) => Cut(Paragraphs.FirstOrDefault()?.Text ?? "", chars);

    /// <summary>The first <paramref name="chars"/> characters of <paramref name="t"/> or so, cut at a word.</summary>
    public static string Cut(string t, int chars = 160)
    {
        if (t.Length <= chars) return t;
        var cut = t.LastIndexOf(' ', chars);
        return t[..(cut > 40 ? cut : chars)] + "…";
    }
}

/// <summary>Everything the templates read: the config, the strings, the documents, topics and translations, linked.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    CollectionInfo Collection,
    UiStrings Fa,
    IReadOnlyDictionary<string, UiStrings> StringsByLang,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<RenderedDocument> Messages,
    IReadOnlyList<RenderedDocument> Resolutions,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedDocument>> ByTopic,
    IReadOnlyDictionary<string, IReadOnlyList<Translation>> TranslationsById,
    IReadOnlyList<Translation> AllTranslations)
{
    public IEnumerable<RenderedDocument> Documents => Messages.Concat(Resolutions);
    public Topic TopicOf(string slug) => Topics.First(t => t.Slug == slug);
    public IReadOnlyList<Translation> TranslationsOf(string id) => TranslationsById.TryGetValue(id, out var t) ? t : [];
    public RenderedDocument? ById(string id) => Index.ById.GetValueOrDefault(id);
    public RenderedDocument? ByUrl(string url) => Index.ByUrl.GetValueOrDefault(url);
    /// <summary>A document's place in its series (messages or resolutions).</summary>
    public int PositionOf(RenderedDocument d) => Index.Position[d];

    // Look-ups by id, page and position, made once: pages ask them per document, and a scan each time is quadratic.
    sealed record Lookups(Dictionary<string, RenderedDocument> ById, Dictionary<string, RenderedDocument> ByUrl, Dictionary<RenderedDocument, int> Position);
    Lookups? index;
    Lookups Index => index ??= new(
        Documents.ToDictionary(d => d.Doc.Id), Documents.ToDictionary(d => d.Url),
        Messages.Select((d, i) => (d, i)).Concat(Resolutions.Select((d, i) => (d, i))).ToDictionary(x => x.d, x => x.i, ReferenceEqualityComparer.Instance as IEqualityComparer<RenderedDocument>));
    /// <summary>The offline copy and the EPUBs, once made (the about page links them with their sizes).</summary>
    public IReadOnlyList<Download> Downloads { get; init; } = [];
    /// <summary>The documents the collection was imported from, as received (each document's provenance points into one).</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];
    /// <summary>The source a document's provenance names, when the site has it.</summary>
    public SourceDocument? SourceOf(Corpus.Document d) => Sources.FirstOrDefault(s => s.File == d.Source.File);
    /// <summary>The agreed renderings (input/glossary.yml), which the workbench shows under each paragraph.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;
    /// <summary>Which edition this build is; null when neither git nor statiq.config says.</summary>
    public Edition? Edition { get; init; }
    /// <summary>The recent changes to documents and translations, newest first.</summary>
    public IReadOnlyList<Change> Changes { get; init; } = [];
    /// <summary>Where the checksums' signature can be checked: minisign's public key, when the build signed them.</summary>
    public string? PublicKey { get; init; }
}
