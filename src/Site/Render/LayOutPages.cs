using Site.Model;
using Site.Output;
using Site.Render.Theme;
using Site.Translations;
using Site.Corpus;

namespace Site.Render;

/// <summary>Stage: every page of the site, laid out by the theme's Razor components.</summary>
public static class LayOutPages
{
    /// <summary>Every page, laid out in memory (the preview compares them with what it wrote last).</summary>
    public static async Task<List<OutputFile>> RunAsync(SiteModel site, PageRenderer renderer)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputFile>(StringComparer.Ordinal);
        var paths = await RunAsync(site, renderer, (path, html) => pages[path] = OutputFile.Text(path, html.Span));
        return paths.Select(p => pages[p]).ToList();
    }

    /// <summary>
    /// Lays out every page and hands each to <paramref name="done"/> (path, HTML) as soon as it is laid out, from
    /// several threads at once, so a large site is never held in memory whole. The HTML is the renderer's buffer:
    /// <paramref name="done"/> must be finished with it when it returns. Returns the pages' paths in order.
    /// </summary>
    public static async Task<List<string>> RunAsync(SiteModel site, PageRenderer renderer, Action<string, ReadOnlyMemory<char>> done)
    {
        var jobs = new List<(string Path, Func<PageRenderer, Action<ReadOnlyMemory<char>>, Task> Render)>();
        PageContext Fa(string path) => new(site, path, site.Fa);
        // A page is laid out from its model; a model made lazily (as documents' are) is made by the worker that lays it out.
        void Add<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] TPage, TModel>(string path, Func<TModel> model)
            where TPage : IPage<TModel> where TModel : IPageModel =>
            jobs.Add((path, (r, use) => r.RenderAsync<TPage, TModel>(model(), use)));

        Add<HomePage, HomePageModel>(Urls.Home, () => new(Fa(Urls.Home)));
        var size = site.Config.PageSize;
        foreach (var (pager, docs) in Pager.Cut(Urls.MessagesIndex, site.Messages, size))
            Add<ListPage, ListPageModel>(pager.Path, () => new(Fa(pager.Path), site.Fa.Messages, site.Collection.Subtitle, docs, pager));
        foreach (var (pager, docs) in Pager.Cut(Urls.ResolutionsIndex, site.Resolutions, size))
            Add<ListPage, ListPageModel>(pager.Path, () => new(Fa(pager.Path), site.Fa.Resolutions, null, docs, pager));
        Add<TopicsIndexPage, TopicsIndexPageModel>(Urls.TopicsIndex, () => new(Fa(Urls.TopicsIndex)));
        foreach (var t in site.Topics)
        {
            var messages = site.ByTopic[t.Slug].Where(d => d.Doc is Message).ToList();
            var resolutions = site.ByTopic[t.Slug].Where(d => d.Doc is Resolution).ToList();
            foreach (var (pager, docs) in Pager.Cut(Urls.Topic(t.Slug), messages, size))
                Add<TopicPage, TopicPageModel>(pager.Path, () => new(Fa(pager.Path), t, docs, pager.Page == 1 ? resolutions : [], messages.Count, pager));
        }
        foreach (var d in site.Documents)
        {
            var doc = d;
            Add<DocumentPage, DocumentPageModel>(d.Url, () =>
            {
                var trHtml = site.TranslationsOf(doc.Doc.Id).ToDictionary(t => t.Lang, NumberParagraphs.Of);
                var (prev, next, related) = LinkSite.NeighboursOf(site, doc);
                return new(Fa(doc.Url), doc, prev, next, related, trHtml);
            });
        }
        Add<AboutPage, AboutPageModel>(Urls.About, () => About(site, site.Downloads));
        Add<SearchPage, SearchPageModel>(Urls.Search, () => new(Fa(Urls.Search)));
        foreach (var (pager, docs) in Pager.Cut(Urls.TranslationsIndex, [.. site.Messages, .. site.Resolutions], size))
            Add<TranslationsIndexPage, TranslationsIndexPageModel>(pager.Path, () => new(Fa(pager.Path), docs, pager));
        Add<NotFoundPage, NotFoundPageModel>(Urls.NotFound, () => new(Fa(Urls.NotFound)));
        foreach (var lang in site.Config.Translations)
        {
            var into = site.AllTranslations.Where(t => t.Lang == lang).OrderBy(t => t.Original is Resolution).ThenBy(t => t.Original.Order).ToList();
            foreach (var (pager, trs) in Pager.Cut(Urls.HomeOf(lang), into, size))
                Add<TranslationHomePage, TranslationHomePageModel>(pager.Path, () => new(new PageContext(site, pager.Path, site.StringsByLang[lang]), trs, into.Count, pager));
            var search = Urls.SearchIn(lang);
            Add<SearchPage, SearchPageModel>(search, () => new(new PageContext(site, search, site.StringsByLang[lang])));
        }

        // One renderer per core (a renderer renders one page at a time); each takes the next page not yet taken, so
        // a core that drew long pages does not leave the other idle at the end.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count / 50));
        var extra = new List<PageRenderer>();
        var next = -1;
        try
        {
            var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                PageRenderer r;
                if (w == 0) r = renderer;
                else lock (extra) extra.Add(r = new PageRenderer());
                for (int i; (i = Interlocked.Increment(ref next)) < jobs.Count;)
                {
                    var path = jobs[i].Path;
                    await jobs[i].Render(r, html => done(path, html));
                }
            }));
            await Task.WhenAll(tasks);
        }
        finally { foreach (var r in extra) await r.DisposeAsync(); }
        return jobs.Select(j => j.Path).ToList();
    }

    /// <summary>
    /// The about page alone, linking to <paramref name="downloads"/>: the pages are laid out before the downloads
    /// exist (the offline copy takes that about page, without links), and the about page again once they do.
    /// </summary>
    public static Task<string> AboutAsync(SiteModel site, IReadOnlyList<Download> downloads, PageRenderer renderer) =>
        renderer.RenderAsync<AboutPage, AboutPageModel>(About(site, downloads));

    static AboutPageModel About(SiteModel site, IReadOnlyList<Download> downloads) => new(new PageContext(site, Urls.About, site.Fa), downloads);
}
