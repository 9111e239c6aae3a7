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
        void Add<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.All)] T>(string path, PageContext ctx, params (string, object?)[] more) where T : Microsoft.AspNetCore.Components.IComponent
        {
            var parameters = new Dictionary<string, object?> { ["Ctx"] = ctx };
            foreach (var (k, v) in more) parameters[k] = v;
            jobs.Add((path, (r, use) => r.RenderAsync<T>(parameters, use)));
        }

        Add<HomePage>(Urls.Home, Fa(Urls.Home));
        foreach (var lang in site.Config.Translations)
        {
            var home = Urls.HomeOf(lang);
            Add<EditionHomePage>(home, new PageContext(site, home, site.StringsByLang[lang]));
        }
        // The pages every edition has, at the same path under <lang>/, in Persian first.
        var size = site.Config.PageSize;
        foreach (var lang in site.Config.Translations.Prepend("fa"))
        {
            var s = site.StringsByLang[lang];
            PageContext At(string path) => new(site, path, s);
            string In(string path) => Urls.In(lang, path);
            foreach (var (pager, docs) in Pager.Cut(In(Urls.MessagesIndex), site.Messages, size))
                Add<ListPage>(pager.Path, At(pager.Path), ("Heading", s.Messages), ("Intro", lang == "fa" ? site.Collection.Subtitle : null), ("Docs", docs), ("Pager", pager));
            foreach (var (pager, docs) in Pager.Cut(In(Urls.ResolutionsIndex), site.Resolutions, size))
                Add<ListPage>(pager.Path, At(pager.Path), ("Heading", s.Resolutions), ("Docs", docs), ("Pager", pager));
            Add<TopicsIndexPage>(In(Urls.TopicsIndex), At(In(Urls.TopicsIndex)));
            foreach (var t in site.Topics)
            {
                var messages = site.ByTopic[t.Slug].Where(d => d.Doc is Message).ToList();
                var resolutions = site.ByTopic[t.Slug].Where(d => d.Doc is Resolution).ToList();
                foreach (var (pager, docs) in Pager.Cut(In(Urls.Topic(t.Slug)), messages, size))
                    Add<TopicPage>(pager.Path, At(pager.Path), ("Model", new TopicPageModel(t, docs, pager.Page == 1 ? resolutions : [], messages.Count, pager)));
            }
            foreach (var d in site.Documents)
            {
                var doc = d;
                var path = In(d.Url);
                if (lang == "fa")
                    jobs.Add((path, (r, use) =>
                    {
                        var trHtml = site.TranslationsOf(doc.Doc.Id).ToDictionary(t => t.Lang, NumberParagraphs.Of);
                        return r.RenderAsync<DocumentPage>(new Dictionary<string, object?> { ["Ctx"] = At(path), ["Model"] = LinkSite.PageOf(site, doc, trHtml) }, use);
                    }));
                else
                    jobs.Add((path, (r, use) =>
                    {
                        var trHtml = site.TranslationsOf(doc.Doc.Id).Where(t => t.Lang == lang).ToDictionary(t => t.Lang, NumberParagraphs.Of);
                        return r.RenderAsync<EditionDocumentPage>(new Dictionary<string, object?> { ["Ctx"] = At(path), ["Model"] = LinkSite.PageOf(site, doc, trHtml) }, use);
                    }));
            }
            var about = In(Urls.About);
            jobs.Add((about, (r, use) => r.RenderAsync<AboutPage>(AboutParameters(site, lang), use)));
            var search = Urls.SearchIn(lang);
            Add<SearchPage>(search, At(search));
        }
        foreach (var (pager, docs) in Pager.Cut(Urls.TranslationsIndex, [.. site.Messages, .. site.Resolutions], size))
            Add<TranslationsIndexPage>(pager.Path, Fa(pager.Path), ("Docs", docs), ("Pager", pager));
        Add<NotFoundPage>(Urls.NotFound, Fa(Urls.NotFound));
        Add<ChangesPage>(Urls.ChangesOf("fa"), Fa(Urls.ChangesOf("fa")), ("Changes", site.Changes));
        foreach (var lang in site.Config.Translations)
        {
            foreach (var d in site.Documents)
            {
                var (doc, path) = (d, Urls.Workbench(lang, d.Doc));
                jobs.Add((path, async (r, use) =>
                {
                    var model = Workbench.PageOf(site, doc, lang);
                    var parameters = new Dictionary<string, object?> { ["Ctx"] = new PageContext(site, path, site.StringsByLang[lang]), ["Model"] = model };
                    if (workbenchCache is null) { await r.RenderAsync<WorkbenchPage>(parameters, use); return; }
                    // The preview lays out every page at each save; a workbench page whose inputs did not change is
                    // not laid out again (there is one per document and language, as large as the document's page).
                    var key = Workbench.Fingerprint(site, model);
                    if (workbenchCache.TryGetValue(path, out var kept) && kept.Key == key) { use(kept.Html.AsMemory()); return; }
                    string? html = null;
                    await r.RenderAsync<WorkbenchPage>(parameters, h => { html = h.ToString(); use(h); });
                    workbenchCache[path] = (key, html!);
                }));
            }
            var changes = Urls.ChangesOf(lang);
            Add<ChangesPage>(changes, new PageContext(site, changes, site.StringsByLang[lang]), ("Changes", ChangesIn(site, lang)));
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
            pages.Add((Urls.In(lang, Urls.About), await renderer.RenderAsync<AboutPage>(AboutParameters(site, lang))));
        return pages;
    }

    /// <summary>The changes a translation language's readers follow: to the documents, and to that language's translations.</summary>
    public static IReadOnlyList<Change> ChangesIn(SiteModel site, string lang) => site.Changes.Where(c => c.Lang is null || c.Lang == lang).ToList();

    static Dictionary<string, object?> AboutParameters(SiteModel site, string lang) =>
        new() { ["Ctx"] = new PageContext(site, Urls.In(lang, Urls.About), site.StringsByLang[lang]) };

}
