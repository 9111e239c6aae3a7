using Site.Model;
using Site.Output;
using Site.Render.Theme;
using Site.Translations;
using Site.Corpus;

namespace Site.Render;

/// <summary>Stage: every page of the site, laid out by the theme's Razor components.</summary>
public static class LayOutPages
{
    /// <summary>
    /// The pages laid out in memory, and the paths of all; with <paramref name="memory"/>, only the pages whose key
    /// changed since it last saw them are laid out (the preview's rebuild after a save).
    /// </summary>
    public static async Task<(List<OutputFile> Laid, List<string> Paths)> RunAsync(SiteModel site, PageRenderer renderer, (PageMemory Memory, PageKeys Keys)? memory = null)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputFile>(StringComparer.Ordinal);
        var paths = await RunAsync(site, renderer, (path, html) => pages[path] = OutputFile.Text(path, html.Span), memory);
        return (paths.Where(pages.ContainsKey).Select(p => pages[p]).ToList(), paths);
    }

    /// <summary>
    /// Lays out every page and hands each to <paramref name="done"/> (path, HTML) as soon as it is laid out, from
    /// several threads at once, so a large site is never held in memory whole. The HTML is the renderer's buffer:
    /// <paramref name="done"/> must be finished with it when it returns. Returns the pages' paths in order. With
    /// <paramref name="memory"/>, a page whose key it holds is not laid out, and each page laid out is recorded in it.
    /// </summary>
    /// <param name="planned">Told the paths of every page before the first is laid out.</param>
    public static async Task<List<string>> RunAsync(SiteModel site, PageRenderer renderer, Action<string, ReadOnlyMemory<char>> done,
        (PageMemory Memory, PageKeys Keys)? memory = null, Action<IReadOnlyList<string>>? planned = null)
    {
        // The preview asks its page memory which pages a save can have changed (those that show a document read
        // again), and makes only those pages' jobs; the paths of all are made to confirm the site kept its shape. When
        // it cannot tell (the first build, a change to the whole site) every page's key is made, and what each page
        // depends on is recorded for the next time.
        var only = memory is var (m, k) ? m.Affected(k, site) : null;
        var (paths, jobs) = Make(site, only?.ToHashSet());
        if (only is not null && !memory!.Value.Memory.Confirm(paths))
        {
            only = null;
            (paths, jobs) = Make(site, null);
        }
        planned?.Invoke(paths);
        var deps = memory is not null && only is null ? new IReadOnlyList<RenderedDocument?>?[jobs.Count] : null;
        var count = only?.Length ?? jobs.Count;
        // One renderer per core (a renderer renders one page at a time); each takes the next page not yet taken, so
        // a core that drew long pages does not leave the other idle at the end.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, count / 50));
        var extra = new List<PageRenderer>();
        var next = -1;
        try
        {
            var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                PageRenderer r;
                if (w == 0) r = renderer;
                else lock (extra) extra.Add(r = new PageRenderer());
                for (int n; (n = Interlocked.Increment(ref next)) < count;)
                {
                    var i = only is null ? n : only[n];
                    var job = jobs[i]!;
                    var path = job.Path;
                    if (memory is not var (kept, keys)) { await job.Render(r, html => done(path, html)); continue; }
                    var dependsOn = job.Deps(keys);
                    if (deps is not null) deps[i] = dependsOn;
                    var key = keys.KeyOf(dependsOn, job.OwnFirst);
                    if (kept.IsCurrent(path, key)) continue;
                    await job.Render(r, html => { kept.Laid(path, key, html.Span); done(path, html); });
                }
            }));
            await Task.WhenAll(tasks);
        }
        finally { foreach (var r in extra) await r.DisposeAsync(); }
        if (memory is var (pages, pageKeys) && deps is not null) pages.Index(pageKeys, paths, deps, i => jobs[i]!.OwnFirst, site);
        return paths;
    }

    /// <summary>A page to lay out: its path, the documents it shows (for the preview's keys) and how to lay it out.</summary>
    /// <remarks><paramref name="OwnFirst"/>: the page shows the first of its documents whole (a document's page, a workbench page), the others as lists do (see <see cref="PageKeys.KeyOf"/>).</remarks>
    public sealed record Job(string Path, Func<PageKeys, IReadOnlyList<RenderedDocument?>?> Deps, Func<PageRenderer, Action<ReadOnlyMemory<char>>, Task> Render, bool OwnFirst = false);

    /// <summary>Every page of the site, in order, not yet laid out.</summary>
    public static List<Job> Jobs(SiteModel site) => [.. Make(site, null).Jobs.Select(j => j!)];

    /// <summary>
    /// The paths of every page, in order, and their jobs; with <paramref name="only"/>, only the jobs of those pages
    /// (by index; the others are null): a save of the preview at 10,000 documents needs a score of 30,000.
    /// </summary>
    static (List<string> Paths, List<Job?> Jobs) Make(SiteModel site, IReadOnlySet<int>? only)
    {
        var jobs = new List<Job?>();
        var paths = new List<string>();
        // Each page's path is recorded; its job is made only when wanted (a job's closures are most of its cost).
        bool Want(string path)
        {
            paths.Add(path);
            if (only is null || only.Contains(jobs.Count)) return true;
            jobs.Add(null);
            return false;
        }
        PageContext Fa(string path) => new(site, path, site.Fa);
        // A page is laid out from its model; a model made lazily (as documents' are) is made by the worker that lays it
        // out. Its dependencies are the documents it shows (null: the whole site), which make its key (see PageKeys);
        // only the preview asks for them.
        void Add<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] TPage, TModel>(string path, Func<PageKeys, IReadOnlyList<RenderedDocument?>?> deps, Func<TModel> model, bool ownFirst = false)
            where TPage : IPage<TModel> where TModel : IPageModel =>
            jobs.Add(new(path, deps, (r, use) => r.RenderAsync<TPage, TModel>(model(), use), ownFirst));
        // Every page is added through Want, then Add when wanted.
        static IReadOnlyList<RenderedDocument?>? Everything(PageKeys k) => null;
        // Pages that show only what the site-wide part of the key holds (counts, topics, downloads, the strings).
        static IReadOnlyList<RenderedDocument?>? Shape(PageKeys k) => [];

        if (Want(Urls.Home)) Add<HomePage, HomePageModel>(Urls.Home, Everything, () => new(Fa(Urls.Home)));
        foreach (var lang in site.Config.Translations)
        {
            var home = Urls.HomeOf(lang);
            if (Want(home)) Add<EditionHomePage, EditionHomePageModel>(home, Everything, () => new(new PageContext(site, home, site.StringsByLang[lang])));
        }
        // The pages every edition has, at the same path under <lang>/, in Persian first.
        var size = site.Config.PageSize;
        foreach (var lang in site.Config.Translations.Prepend("fa"))
        {
            var s = site.StringsByLang[lang];
            PageContext At(string path) => new(site, path, s);
            string In(string path) => Urls.In(lang, path);
            foreach (var (pager, docs) in Pager.Cut(In(Urls.MessagesIndex), site.Messages, size))
                if (Want(pager.Path)) Add<ListPage, ListPageModel>(pager.Path, _ => docs, () => new(At(pager.Path), s.Messages, lang == "fa" ? site.Collection.Subtitle : null, docs, pager));
            foreach (var (pager, docs) in Pager.Cut(In(Urls.ResolutionsIndex), site.Resolutions, size))
                if (Want(pager.Path)) Add<ListPage, ListPageModel>(pager.Path, _ => docs, () => new(At(pager.Path), s.Resolutions, null, docs, pager));
            if (Want(In(Urls.TopicsIndex))) Add<TopicsIndexPage, TopicsIndexPageModel>(In(Urls.TopicsIndex), Shape, () => new(At(In(Urls.TopicsIndex))));
            foreach (var t in site.Topics)
            {
                var messages = site.ByTopic[t.Slug].Where(d => d.Doc is Message).ToList();
                var resolutions = site.ByTopic[t.Slug].Where(d => d.Doc is Resolution).ToList();
                foreach (var (pager, docs) in Pager.Cut(In(Urls.Topic(t.Slug)), messages, size))
                    if (Want(pager.Path))
                        Add<TopicPage, TopicPageModel>(pager.Path, _ => pager.Page == 1 ? [.. docs, .. resolutions] : docs,
                            () => new(At(pager.Path), t, docs, pager.Page == 1 ? resolutions : [], messages.Count, pager));
            }
            foreach (var d in site.Documents)
            {
                var path = In(d.Url);
                if (Want(path)) AddDocument(d, path, lang, At);
            }
            var about = In(Urls.About);
            if (Want(about)) Add<AboutPage, AboutPageModel>(about, Shape, () => new(At(about)));
            var search = Urls.SearchIn(lang);
            if (Want(search)) Add<SearchPage, SearchPageModel>(search, Shape, () => new(At(search)));
        }
        foreach (var (pager, docs) in Pager.Cut(Urls.TranslationsIndex, [.. site.Messages, .. site.Resolutions], size))
            if (Want(pager.Path)) Add<TranslationsIndexPage, TranslationsIndexPageModel>(pager.Path, _ => docs, () => new(Fa(pager.Path), docs, pager));
        if (Want(Urls.NotFound)) Add<NotFoundPage, NotFoundPageModel>(Urls.NotFound, Shape, () => new(Fa(Urls.NotFound)));
        foreach (var source in site.Sources)
        {
            var path = Urls.Source(source.Key);
            if (Want(path)) Add<SourcePage, SourcePageModel>(path, Everything, () => new(Fa(path), source, [.. site.Documents.Where(d => d.Doc.Source.File == source.File).OrderBy(d => d.Doc.Source.FirstLine)]));
        }
        if (Want(Urls.ChangesOf("fa"))) Add<ChangesPage, ChangesPageModel>(Urls.ChangesOf("fa"), Everything, () => new(Fa(Urls.ChangesOf("fa")), site.Changes));
        foreach (var lang in site.Config.Translations)
        {
            foreach (var d in site.Documents)
            {
                var path = Urls.Workbench(lang, d.Doc);
                if (Want(path)) AddWorkbench(d, path, lang);
            }
            var changes = Urls.ChangesOf(lang);
            if (Want(changes)) Add<ChangesPage, ChangesPageModel>(changes, Everything, () => new(new PageContext(site, changes, site.StringsByLang[lang]), ChangesIn(site, lang)));
        }

        // A document's page and a workbench page are added by functions of their own: their closures are then made
        // only for a page that is wanted (the loops above would make them for every document).
        void AddDocument(RenderedDocument doc, string path, string lang, Func<string, PageContext> at)
        {
            // The Persian page shows every translation beside the original; an edition's, its own.
            DocumentPageModel MakeModel()
            {
                var trHtml = site.TranslationsOf(doc.Doc.Id).Where(t => lang == "fa" || t.Lang == lang).ToDictionary(t => t.Lang, NumberParagraphs.Of);
                var (prev, next, related) = LinkSite.NeighboursOf(site, doc);
                return new(at(path), doc, prev, next, related, trHtml);
            }
            if (lang == "fa") Add<DocumentPage, DocumentPageModel>(path, k => k.DocumentDeps(doc), MakeModel, ownFirst: true);
            else Add<EditionDocumentPage, DocumentPageModel>(path, k => k.DocumentDeps(doc), MakeModel, ownFirst: true);
        }
        void AddWorkbench(RenderedDocument doc, string path, string lang) =>
            Add<WorkbenchPage, WorkbenchPageModel>(path, _ => [doc],
                () => new(new PageContext(site, path, site.StringsByLang[lang]), Workbench.PageOf(site, doc, lang)), ownFirst: true);

        return (paths, jobs);
    }

    /// <summary>One page, laid out alone (the preview's answer to a request before its first build is written); null when the site has no such page.</summary>
    public static async Task<string?> PageAsync(IReadOnlyDictionary<string, Job> jobs, PageRenderer renderer, string path)
    {
        if (!jobs.TryGetValue(path, out var job)) return null;
        string? html = null;
        await job.Render(renderer, h => html = h.ToString());
        return html;
    }

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
