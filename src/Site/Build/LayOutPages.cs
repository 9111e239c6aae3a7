using Site.Theme;
using Site.Translations;

namespace Site.Build;

/// <summary>A file the build writes: its site-relative path and content.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>Stage: every page of the site, laid out by the theme's Razor components.</summary>
public static class LayOutPages
{
    public static async Task<List<OutputFile>> RunAsync(SiteModel site, PageRenderer renderer)
    {
        var pages = new List<OutputFile>();
        PageContext Fa(string path) => new(site, path, site.Fa);
        async Task Add<T>(string path, PageContext ctx, params (string, object?)[] more) where T : Microsoft.AspNetCore.Components.IComponent
        {
            var parameters = new Dictionary<string, object?> { ["Ctx"] = ctx };
            foreach (var (k, v) in more) parameters[k] = v;
            pages.Add(OutputFile.Text(path, await renderer.RenderAsync<T>(parameters)));
        }

        await Add<HomePage>(Urls.Home, Fa(Urls.Home));
        await Add<ListPage>(Urls.MessagesIndex, Fa(Urls.MessagesIndex), ("Heading", site.Fa.Messages), ("Intro", site.Collection.Subtitle), ("Docs", site.Messages));
        await Add<ListPage>(Urls.ResolutionsIndex, Fa(Urls.ResolutionsIndex), ("Heading", site.Fa.Resolutions), ("Docs", site.Resolutions));
        await Add<TopicsIndexPage>(Urls.TopicsIndex, Fa(Urls.TopicsIndex));
        foreach (var t in site.Topics)
        {
            var docs = site.ByTopic[t.Slug];
            await Add<TopicPage>(Urls.Topic(t.Slug), Fa(Urls.Topic(t.Slug)),
                ("Model", new TopicPageModel(t, docs.Where(d => d.Message is not null).ToList(), docs.Where(d => d.Resolution is not null).ToList())));
        }
        foreach (var d in site.Documents)
        {
            var trHtml = site.TranslationsOf(d.Doc.Id).ToDictionary(t => t.Lang, RenderTranslation);
            await Add<DocumentPage>(d.Url, Fa(d.Url), ("Model", LinkSite.PageOf(site, d, trHtml)));
        }
        pages.Add(await AboutAsync(site, renderer));
        await Add<SearchPage>(Urls.Search, Fa(Urls.Search));
        await Add<TranslationsIndexPage>(Urls.TranslationsIndex, Fa(Urls.TranslationsIndex));
        await Add<NotFoundPage>(Urls.NotFound, Fa(Urls.NotFound));
        foreach (var lang in site.Config.Translations)
        {
            var path = lang + "/index.html";
            await Add<EnglishHomePage>(path, new PageContext(site, path, site.StringsByLang[lang]));
            var search = Urls.SearchIn(lang);
            await Add<SearchPage>(search, new PageContext(site, search, site.StringsByLang[lang]));
        }
        return pages;
    }

    /// <summary>The about page alone: it is laid out again once the downloads it links exist.</summary>
    public static async Task<OutputFile> AboutAsync(SiteModel site, PageRenderer renderer) =>
        OutputFile.Text(Urls.About, await renderer.RenderAsync<AboutPage>(new Dictionary<string, object?> { ["Ctx"] = new PageContext(site, Urls.About, site.Fa) }));

    /// <summary>A translation's paragraphs as HTML, through the same safe Markdown as the originals.</summary>
    public static IReadOnlyList<RenderedParagraph> RenderTranslation(Translation t) =>
        t.Paragraphs.Select((p, i) => One(p) with { Id = $"t{i + 1}" }).ToList();

    /// <summary>A paragraph's Markdown rendered; should it not come out as exactly one block, its text alone.</summary>
    static RenderedParagraph One(Corpus.Paragraph p) =>
        RenderBodies.RenderParagraphs(p.Source, "t") is { Count: 1 } one ? one[0] : RenderBodies.RenderParagraphs(Corpus.MarkdownText.Escape(p.Text), "t").Single();
}
