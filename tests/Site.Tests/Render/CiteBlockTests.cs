using AngleSharp.Html.Parser;
using Site.Corpus;
using Site.Model;
using Site.Pipeline;
using Site.Pipeline.Steps;
using Site.Project;
using Site.Render;
using Site.Render.Theme;

namespace Site.Tests.Render;

/// <summary>The "Cite this page" block every document page ends with (no JavaScript needed), and its report links.</summary>
public class CiteBlockTests
{
    const string Address = "https://example.org/congress12/";

    static TempProject Published(string name)
    {
        var p = new TempProject(name);
        p.Write("statiq.config", p.Read("statiq.config").Replace("edition:\n  date:\n  commit:", "edition:\n  date: 2026-12-06\n  commit: abc1234")
            .Replace("base_url:", "base_url: " + Address).Replace("\nrepository:\n", "\nrepository: example/congress12\n")
            .Replace("\ncontact_email:\n", "\ncontact_email: corrections@example.org\n"));
        return p;
    }

    /// <summary>An address split into its part before '?' and its decoded fields.</summary>
    static (string At, Dictionary<string, string> Query) Decode(string url)
    {
        var q = url.IndexOf('?');
        return (url[..q], url[(q + 1)..].Split('&').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => Uri.UnescapeDataString(f[1])));
    }

    [Fact]
    public async Task A_title_and_sender_with_quotes_ampersands_hashes_newlines_and_bidi_marks_give_exact_links_and_escaped_text()
    {
        var p = Published("cite-hostile");
        const string title = "Say \"no\" & #1\n\u202Eevil\u202C <b>x</b> ?a=b&c";
        const string author = "A & B \"C\" #2 \u2067x\u2069";
        var file = p.Message("015");
        var text = p.Read(file);
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^title: .*$", "title: \"Say \\\"no\\\" & #1\\n\\u202Eevil\\u202C <b>x</b> ?a=b&c\"");
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^author: .*$", "author: \"A & B \\\"C\\\" #2 \\u2067x\\u2069\"");
        p.Write(file, text);
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));

        var html = File.ReadAllText(Path.Combine(output, "messages/sholeh-paydar.html"));
        Assert.DoesNotContain("<b>x</b>", html);
        var page = new HtmlParser().ParseDocument(html);
        var cite = page.QuerySelector("#cite")!;
        var url = Address + "messages/sholeh-paydar.html";
        var title1 = "Say \"no\" & #1 \u202Eevil\u202C <b>x</b> ?a=b&c";
        var site = SiteConfig.Load(p.Root).Title.Fa;
        Assert.Equal($"{author}، «{title}». در: {site}، ویرایش ۱۵ آذر ۱۴۰۵ (۶ دسامبر ۲۰۲۶). {url}", cite.QuerySelector(".cite-text")!.TextContent);
        // What the script reads for one paragraph is the text as typed.
        Assert.Equal(title, cite.GetAttribute("data-title"));
        Assert.Equal(author, cite.GetAttribute("data-sender"));
        Assert.Equal(url, cite.GetAttribute("data-url"));

        var links = cite.QuerySelectorAll(".report a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        var expectedTitle = $"اشکال در msg-015 (کل صفحه): {title1}";
        var expectedBody = $"سند: msg-015\nجا: کل صفحه\nزبان: fa\nصفحه: {url}\n\nمتن:\n\n> Say \"no\" & #1\n> \u202Eevil\u202C <b>x</b> ?a=b&c\n\n"
            + "چه اشکالی دارد؟ (لطفاً زیر این سطر بنویسید.)\n\n";
        var (issueAt, issue) = Decode(links[0]);
        Assert.Equal("https://github.com/example/congress12/issues/new", issueAt);
        Assert.Equal(["title", "body"], issue.Keys);
        Assert.Equal(expectedTitle, issue["title"]);
        Assert.Equal(expectedBody, issue["body"]);
        var (mailAt, mail) = Decode(links[1]);
        Assert.Equal("mailto:corrections@example.org", mailAt);
        Assert.Equal(["subject", "body"], mail.Keys);
        Assert.Equal(expectedTitle, mail["subject"]);
        Assert.Equal(expectedBody.Replace("\n", "\r\n"), mail["body"]);
        foreach (var link in links)
            Assert.All(link[(link.IndexOf('?') + 1)..].Split('&'), field => Assert.Matches("^[a-z]+=[A-Za-z0-9%._~-]*$", field));
    }

    [Fact]
    public async Task Every_document_page_ends_with_its_citation_and_without_a_repository_or_address_offers_no_report()
    {
        var p = new TempProject("cite-plain");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        var parser = new HtmlParser();
        foreach (var section in new[] { "messages", "resolutions" })
            foreach (var f in Directory.EnumerateFiles(Path.Combine(output, section), "*.html").Where(f => !f.EndsWith("index.html")))
            {
                var page = parser.ParseDocument(File.ReadAllText(f));
                var cite = page.QuerySelector("article .doc-foot > section.cite:last-child");
                Assert.True(cite is not null, f);
                Assert.Equal("ارجاع به این صفحه", cite!.QuerySelector("h2")!.TextContent);
                // Without base_url the address is the page's path in the site.
                Assert.EndsWith($". {section}/{Path.GetFileName(f)}", cite.QuerySelector(".cite-text")!.TextContent);
                Assert.Null(cite.QuerySelector(".report"));
            }
        var resolution = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "resolutions/rangin-kamani-ha.html")));
        Assert.StartsWith("کنگره دوازدهم حزب کمونیست کارگری ایران، «", resolution.QuerySelector(".cite-text")!.TextContent);
    }

    [Fact]
    public async Task On_an_english_page_the_citation_is_in_english_with_the_translations_title_and_sender()
    {
        var p = Published("cite-en");
        var config = SiteConfig.Load(p.Root);
        await using var renderer = new PageRenderer();
        var build = new BuildState(config, p.PathOf("output"), new BuildOptions(PagesOnly: true), renderer);
        foreach (var step in new IStep[] { new ReadCorpusStep(), new NumberParagraphsStep(), new ReadTranslationsStep(), new LinkStep(), new ReadHistoryStep() })
            await step.RunAsync(build);
        var site = build.Site;
        var doc = site.Messages.First(m => m.Doc.Slug == "sholeh-paydar");
        var tr = site.TranslationsOf(doc.Doc.Id).Single(t => t.Lang == "en");
        var path = "en/" + doc.Url;
        var (prev, next, related) = LinkSite.NeighboursOf(site, doc);
        var trHtml = site.TranslationsOf(doc.Doc.Id).Where(t => t.Lang == "en").ToDictionary(t => t.Lang, NumberParagraphs.Of);
        var html = await renderer.RenderAsync<EditionDocumentPage, DocumentPageModel>(new(new PageContext(site, path, site.StringsByLang["en"]), doc, prev, next, related, trHtml));
        var cite = new HtmlParser().ParseDocument(html).QuerySelector("#cite")!;
        Assert.Equal("Cite this page", cite.QuerySelector("h2")!.TextContent);
        Assert.Equal($"{tr.Meta.Author}, “{tr.Meta.Title}”. In: {config.Title.En}, edition of 6 December 2026. {Address}{path}", cite.QuerySelector(".cite-text")!.TextContent);
        Assert.Equal("{0}, “{1}”, ¶ {2}. In: {3}{4}. {5}", cite.GetAttribute("data-cite"));
        Assert.Equal(", edition of 6 December 2026", cite.GetAttribute("data-edition"));
        Assert.Equal("", cite.GetAttribute("data-digits"));
        Assert.Equal("Copy citation", cite.GetAttribute("data-l-copy-citation"));
        var (_, issue) = Decode(cite.QuerySelector(".report a")!.GetAttribute("href")!);
        Assert.Equal($"Problem in {doc.Doc.Id} (the whole page): {tr.Meta.Title}", issue["title"]);
        Assert.StartsWith($"Document: {doc.Doc.Id}\nWhere: the whole page\nLanguage: en\nPage: {Address}{path}\n\nThe text:\n\n> {tr.Meta.Title}\n\n", issue["body"]);
        // The translation's sender and title are English: nothing in the citation is marked Persian.
        Assert.Empty(cite.QuerySelectorAll(".cite-text bdi[lang]"));

        // Untranslated into Arabic: its Persian sender and title are marked so (a screen reader read them with an Arabic voice).
        var untranslated = site.Messages.First(m => m.Doc is Message { Author.Length: > 0, AuthorKind: not AuthorKind.Unsigned } && site.TranslationsOf(m.Doc.Id).All(t => t.Lang != "ar"));
        var arPath = "ar/" + untranslated.Url;
        var (p2, n2, r2) = LinkSite.NeighboursOf(site, untranslated);
        var ar = new HtmlParser().ParseDocument(await renderer.RenderAsync<EditionDocumentPage, DocumentPageModel>(
            new(new PageContext(site, arPath, site.StringsByLang["ar"]), untranslated, p2, n2, r2, new Dictionary<string, IReadOnlyList<RenderedParagraph>>())));
        Assert.Equal([((Message)untranslated.Doc).Author, untranslated.Doc.Title], ar.QuerySelectorAll("#cite .cite-text bdi[lang=fa]").Select(b => b.TextContent));
    }
}
