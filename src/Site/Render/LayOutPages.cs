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
        var paths = await RunAsync(site, renderer, (path, html) => pages[path] = OutputFile.Text(path, html.Span), WorkbenchCache);
        return paths.Select(p => pages[p]).ToList();
    }

    /// <summary>
    /// Lays out every page and hands each to <paramref name="done"/> (path, HTML) as soon as it is laid out, from
    /// several threads at once, so a large site is never held in memory whole. The HTML is the renderer's buffer:
    /// <paramref name="done"/> must be finished with it when it returns. Returns the pages' paths in order.
    /// </summary>
    public static async Task<List<string>> RunAsync(SiteModel site, PageRenderer renderer, Action<string, ReadOnlyMemory<char>> done,
        System.Collections.Concurrent.ConcurrentDictionary<string, (string Key, string Html)>? workbenchCache = null)
    {
        var jobs = new List<(string Path, Func<PageRenderer, Action<ReadOnlyMemory<char>>, Task> Render)>();
        PageContext Fa(string path) => new(site, path, site.Fa);
        // A page is laid out from its model; a model made lazily (as documents' are) is made by the worker that lays it out.
        void Add<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] TPage, TModel>(string path, Func<TModel> model)
            where TPage : IPage<TModel> where TModel : IPageModel =>
            jobs.Add((path, (r, use) => r.RenderAsync<TPage, TModel>(model(), use)));

        Add<HomePage, HomePageModel>(Urls.Home, () => new(Fa(Urls.Home)));
        foreach (var lang in site.Config.Translations)
        {
            var home = Urls.HomeOf(lang);
            Add<EditionHomePage, EditionHomePageModel>(home, () => new(new PageContext(site, home, site.StringsByLang[lang])));
        }
        // The pages every edition has, at the same path under <lang>/, in Persian first.
        var size = site.Config.PageSize;
        foreach (var lang in site.Config.Translations.Prepend("fa"))
        {
            var s = site.StringsByLang[lang];
            PageContext At(string path) => new(site, path, s);
            string In(string path) => Urls.In(lang, path);
            foreach (var (pager, docs) in Pager.Cut(In(Urls.MessagesIndex), site.Messages, size))
                Add<ListPage, ListPageModel>(pager.Path, () => new(At(pager.Path), s.Messages, lang == "fa" ? site.Collection.Subtitle : null, docs, pager));
            foreach (var (pager, docs) in Pager.Cut(In(Urls.ResolutionsIndex), site.Resolutions, size))
                Add<ListPage, ListPageModel>(pager.Path, () => new(At(pager.Path), s.Resolutions, null, docs, pager));
            Add<TopicsIndexPage, TopicsIndexPageModel>(In(Urls.TopicsIndex), () => new(At(In(Urls.TopicsIndex))));
            foreach (var t in site.Topics)
            {
                var messages = site.ByTopic[t.Slug].Where(d => d.Doc is Message).ToList();
                var resolutions = site.ByTopic[t.Slug].Where(d => d.Doc is Resolution).ToList();
                foreach (var (pager, docs) in Pager.Cut(In(Urls.Topic(t.Slug)), messages, size))
                    Add<TopicPage, TopicPageModel>(pager.Path, () => new(At(pager.Path), t, docs, pager.Page == 1 ? resolutions : [], messages.Count, pager));
            }
            foreach (var d in site.Documents)
            {
                var doc = d;
                var path = In(d.Url);
                // The Persian page shows every translation beside the original; an edition's, its own.
                DocumentPageModel MakeModel()
                {
                    var trHtml = site.TranslationsOf(doc.Doc.Id).Where(t => lang == "fa" || t.Lang == lang).ToDictionary(t => t.Lang, NumberParagraphs.Of);
                    var (prev, next, related) = LinkSite.NeighboursOf(site, doc);
                    return new(At(path), doc, prev, next, related, trHtml);
                }
                if (lang == "fa") Add<DocumentPage, DocumentPageModel>(path, MakeModel);
                else Add<EditionDocumentPage, DocumentPageModel>(path, MakeModel);
            }
            var about = In(Urls.About);
            Add<AboutPage, AboutPageModel>(about, () => new(At(about)));
            var search = Urls.SearchIn(lang);
            Add<SearchPage, SearchPageModel>(search, () => new(At(search)));
        }
        foreach (var (pager, docs) in Pager.Cut(Urls.TranslationsIndex, [.. site.Messages, .. site.Resolutions], size))
            Add<TranslationsIndexPage, TranslationsIndexPageModel>(pager.Path, () => new(Fa(pager.Path), docs, pager));
        Add<NotFoundPage, NotFoundPageModel>(Urls.NotFound, () => new(Fa(Urls.NotFound)));
        Add<ChangesPage, ChangesPageModel>(Urls.ChangesOf("fa"), () => new(Fa(Urls.ChangesOf("fa")), site.Changes));
        foreach (var lang in site.Config.Translations)
        {
            foreach (var d in site.Documents)
            {
                var (doc, path) = (d, Urls.Workbench(lang, d.Doc));
                jobs.Add((path, async (r, use) =>
                {
                    var model = new WorkbenchPageModel(new PageContext(site, path, site.StringsByLang[lang]), Workbench.PageOf(site, doc, lang));
                    if (workbenchCache is null) { await r.RenderAsync<WorkbenchPage, WorkbenchPageModel>(model, use); return; }
                    // The preview lays out every page at each save; a workbench page whose inputs did not change is
                    // not laid out again (there is one per document and language, as large as the document's page).
                    var key = Workbench.Fingerprint(site, model.Content);
                    if (workbenchCache.TryGetValue(path, out var kept) && kept.Key == key) { use(kept.Html.AsMemory()); return; }
                    string? html = null;
                    await r.RenderAsync<WorkbenchPage, WorkbenchPageModel>(model, h => { html = h.ToString(); use(h); });
                    workbenchCache[path] = (key, html!);
                }));
            }
            var changes = Urls.ChangesOf(lang);
            Add<ChangesPage, ChangesPageModel>(changes, () => new(new PageContext(site, changes, site.StringsByLang[lang]), ChangesIn(site, lang)));
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

    /// <summary>Workbench pages the preview laid out, by path, with the fingerprint of what they were made from.</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Key, string Html)> WorkbenchCache = new(StringComparer.Ordinal);

    /// <summary>The about pages alone (Persian and every edition's): they are laid out again once the downloads they link exist.</summary>
    public static async Task<List<(string Path, string Html)>> AboutAsync(SiteModel site, PageRenderer renderer)
    {
        var pages = new List<(string, string)>();
        foreach (var lang in site.Config.Translations.Prepend("fa"))
        {
            var path = Urls.In(lang, Urls.About);
            pages.Add((path, await renderer.RenderAsync<AboutPage, AboutPageModel>(new(new PageContext(site, path, site.StringsByLang[lang])))));
        }
        return pages;
    }

    /// <summary>The changes a translation language's readers follow: to the documents, and to that language's translations.</summary>
    public static IReadOnlyList<Change> ChangesIn(SiteModel site, string lang) => site.Changes.Where(c => c.Lang is null || c.Lang == lang).ToList();
}
