using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Output;
using Site.Pipeline;
using Site.Project;
using Site.Render;

namespace Site.Tests.Translations;

/// <summary>What a translation does to the built pages: the panel, the three reading modes, the English entry point, and hostile input.</summary>
public class TranslationPageTests
{
    static async Task<string> Build(TempProject p)
    {
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);
        return output;
    }

    static IDocument Page(string output, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, path)));

    [Fact]
    public async Task The_page_offers_three_modes_and_aligns_each_pair_in_one_row()
    {
        var (p, _) = TranslationFixture.Filled("modes");
        var output = await Build(p);
        var doc = Page(output, "messages/sholeh-paydar.html");
        var article = doc.QuerySelector("article.doc.has-tr")!;
        // Radios and fragment targets come before the text as siblings: that is what lets CSS switch modes without JavaScript.
        var children = article.Children.ToList();
        var text = children.FindIndex(c => c.ClassList.Contains("text"));
        foreach (var id in new[] { "m-original", "m-side-en", "m-only-en", "side-en", "only-en" })
        {
            var e = doc.GetElementById(id)!;
            Assert.Same(article, e.ParentElement);
            Assert.True(children.IndexOf(e) < text, id);
        }
        Assert.Equal(3, doc.QuerySelectorAll(".modes label").Length);
        Assert.All(doc.QuerySelectorAll(".modes label"), l => Assert.NotNull(doc.GetElementById(l.GetAttribute("for")!)));

        var rows = doc.QuerySelectorAll(".text .row");
        Assert.Equal(12, rows.Length);
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var orig = row.QuerySelector(".orig")!;
            var tr = row.QuerySelector(".tr.tr-en")!;
            Assert.Equal(("fa", "rtl"), (orig.GetAttribute("lang"), orig.GetAttribute("dir")));
            Assert.Equal(("en", "ltr"), (tr.GetAttribute("lang"), tr.GetAttribute("dir")));
            Assert.Equal($"English paragraph {i + 1}.", tr.TextContent.Trim());
        }
        var panel = doc.QuerySelector(".tr-panel.tr-en")!;
        Assert.Contains("Test Translator", panel.TextContent);
        Assert.Contains("draft", panel.TextContent);
        Assert.NotNull(panel.QuerySelector("bdi"));
        Assert.Equal("auto", panel.QuerySelector(".tr-title")!.GetAttribute("dir"));
        Assert.NotNull(doc.QuerySelector("link[rel=alternate][hreflang=en]"));

        var css = File.ReadAllText(Path.Combine(output, "assets/site.css"));
        Assert.Contains("#m-side-en:checked ~ .text .tr-en", css);
        Assert.Contains("#m-only-en:checked ~ .text .orig", css);
        Assert.Contains("@media (max-width: 600px)", css);
    }

    [Fact]
    public async Task A_stale_paragraph_is_marked_on_the_page()
    {
        var (p, _) = TranslationFixture.Filled("stale-page");
        var original = p.Message("015");
        p.Write(original, p.Read(original).Replace("اگر درسی بخوانیم", "اگر درس بخوانیم"));
        var doc = Page(await Build(p), "messages/sholeh-paydar.html");
        var stale = doc.QuerySelectorAll(".tr.stale");
        Assert.Single(stale);
        Assert.Equal("p3", stale[0].ParentElement!.Id);
        Assert.Contains("changed since it was translated", stale[0].TextContent);
    }

    [Fact]
    public async Task The_english_entry_point_lists_translations_in_ltr_and_the_sitemap_has_alternates()
    {
        var (p, _) = TranslationFixture.Filled("english");
        var output = await Build(p);
        var en = Page(output, "en/index.html");
        Assert.Equal(("en", "ltr"), (en.DocumentElement.GetAttribute("lang"), en.DocumentElement.GetAttribute("dir")));
        var link = Assert.Single(en.QuerySelectorAll(".doc-list h3 a, .doc-list h2 a"));
        Assert.Equal("Message from Shoaleh Paydar", link.TextContent.Trim());
        Assert.Equal("../messages/sholeh-paydar.html#side-en", link.GetAttribute("href"));
        var feed = File.ReadAllText(Path.Combine(output, "en/feed.xml"));
        Assert.Contains("Message from Shoaleh Paydar", feed);
        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        Assert.Contains("hreflang=\"en\"", sitemap);
        var index = Page(output, "translations/index.html");
        var todo = index.QuerySelectorAll("td.todo code").Select(c => c.TextContent).ToList();
        Assert.Contains("translate msg-001 --lang en", todo);
        Assert.DoesNotContain("translate msg-015 --lang en", todo);
        Assert.Equal(69 + 28 - 1, todo.Count);
    }

    [Fact]
    public async Task Hostile_markup_in_a_translation_renders_as_text()
    {
        var attacks = new Dictionary<int, string>
        {
            [1] = "<script>alert('x')</script> script",
            [2] = "<img src=x onerror=\"alert(1)\"> image",
            [3] = "[click](javascript:alert(1)) and [tab](java\tscript:alert(1)) and <javascript:alert(1)>",
            [4] = "<iframe src=\"https://example.org/\"></iframe> frame",
            [5] = "<style>body{display:none}</style> style",
            [6] = "![tracker](https://tracker.example/pixel.png) picture",
            [7] = "[fine](HTTPS://example.org/ok) and [mail](mailto:a@example.org)",
            [8] = "# A heading in a translation",
            [9] = "[![inner](https://tracker.example/x.png)](https://example.org/) alt [ref][1]\n\n[1]: javascript:alert(1)",
        };
        var (p, _) = TranslationFixture.Filled("hostile", i => attacks.GetValueOrDefault(i, $"English paragraph {i}."));
        var output = await Build(p);
        var doc = Page(output, "messages/sholeh-paydar.html");
        var tr = doc.QuerySelectorAll(".tr-en");
        var all = tr.SelectMany(t => t.QuerySelectorAll("*")).ToList();
        Assert.DoesNotContain(all, e => e.LocalName is "script" or "iframe" or "style" or "img" or "object" or "embed");
        Assert.DoesNotContain(all, e => e.Attributes.Any(a => a.Name.StartsWith("on") || a.Name == "style" || a.Name == "src"));
        Assert.DoesNotContain(all, e => e.GetAttribute("href") is { } h && !(h.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("mailto:") || h.StartsWith("#")));
        Assert.Contains("<script>", tr[1].TextContent);        // shown as text, so readers see what was written
        Assert.Equal(3, all.Count(e => e.LocalName == "a"));    // only the safe links stay links
        Assert.DoesNotContain(all, e => e.LocalName is "h1" or "h2");
        Assert.Equal("A heading in a translation", tr[8].TextContent.Trim());   // tr[0] is the panel, tr[i] paragraph i
        Assert.Equal("inner alt ref", tr[9].QuerySelector("p")!.TextContent.Trim());   // alt text once; the javascript: reference is text
    }

    [Fact]
    public void Nothing_can_be_written_outside_the_output_folder()
    {
        var dir = Paths.TempDir("escape");
        using var output = new OutputFolder(Path.Combine(dir, "output"));
        Assert.Throws<InvalidOperationException>(() => output.Write(OutputFile.Text("../escaped.html", "x")));
        Assert.Throws<InvalidOperationException>(() => output.Write(OutputFile.Text("messages/../../../escaped.html", "x")));
        Assert.False(File.Exists(Path.Combine(dir, "escaped.html")));
    }

    [Fact]
    public void A_slug_or_id_with_dots_and_slashes_is_rejected_before_anything_is_written()
    {
        var p = new TempProject("traversal");
        var file = p.Message("010");
        p.Write(file, p.Read(file).Replace("slug: yashar-sahandi", "slug: ../../etc/evil"));
        var e = Assert.Throws<Site.Project.SiteError>(() => Site.Corpus.CorpusReader.Read(p.PathOf("input"), p.Root));
        Assert.Contains(e.Errors, x => x.Problem.Contains("not lower-case ASCII"));

        var (q, tfile) = TranslationFixture.Filled("traversal-tr");
        q.Write(tfile, q.Read(tfile).Replace("translation_of: msg-015", "translation_of: ../../msg-015"));
        Assert.Contains(Checker(q), f => f.Problem.Contains("no message or resolution with the id '../../msg-015'"));
    }

    static List<Site.Project.Diagnostic> Checker(TempProject p) => Site.Check.Checker.Run(SiteConfig.Load(p.Root));
}
