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
public sealed record RenderedDocument(CorpusDocument Doc, IReadOnlyList<RenderedParagraph> Paragraphs, string Url)
{
    public MessageFrontMatter? Message => Doc.Message;
    public ResolutionFrontMatter? Resolution => Doc.Resolution;
    public string Excerpt(int chars = 160)
    {
        var t = Paragraphs.FirstOrDefault()?.Text ?? "";
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
    public IReadOnlyList<Downloads.Download> Downloads { get; init; } = [];
}

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
    public static string HomeOf(string lang) => lang == "fa" ? Home : $"{lang}/index.html";
    public static string FeedOf(string lang) => lang == "fa" ? Feed : $"{lang}/feed.xml";
    public static string SearchIn(string lang) => lang == "fa" ? Search : $"{lang}/search/index.html";
    public const string Feed = "feed.xml";

    public static string Of(CorpusDocument d) => $"{d.Section}/{d.Slug}.html";
    public static string Topic(string slug) => $"topics/{slug}.html";

    /// <summary>The path of <paramref name="target"/> (site-relative) as seen from the page at <paramref name="from"/>.</summary>
    public static string Relative(string from, string target)
    {
        var depth = from.Count(c => c == '/');
        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        if (target.StartsWith('#')) return target;
        return prefix + target;
    }
}
