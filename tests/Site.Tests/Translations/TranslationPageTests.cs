using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Corpus;
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
        var head = children.FindIndex(c => c.ClassList.Contains("doc-head"));
        foreach (var id in new[] { "m-original", "m-side-en", "m-only-en", "side-en", "only-en" })
        {
            var e = doc.GetElementById(id)!;
            Assert.Same(article, e.ParentElement);
            Assert.True(children.IndexOf(e) < text, id);
        }
        // The radios (focusable) come after the header, so that the keyboard meets the title before the modes.
        foreach (var id in new[] { "m-original", "m-side-en", "m-only-en" })
            Assert.True(children.IndexOf(doc.GetElementById(id)!) > head, id);
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
        // The title takes the panel's direction: dir="auto" looks past the text inside <bdi>, and made every title ltr.
        Assert.Null(panel.QuerySelector(".tr-title")!.GetAttribute("dir"));
        Assert.Equal("ltr", panel.GetAttribute("dir"));
        Assert.NotNull(doc.QuerySelector("link[rel=alternate][hreflang=en]"));

        // The stylesheet is shipped minified.
        var css = File.ReadAllText(Path.Combine(output, "assets/site.css"));
        Assert.Contains("#m-side-en:checked~.text .tr-en", css);
        Assert.Contains("#m-only-en:checked~.text .orig", css);
        Assert.Contains("@media(max-width:600px)", css);
        Assert.DoesNotContain("/*", css);
    }

    [Fact]
    public async Task A_stale_paragraph_is_marked_on_the_page()
    {
        var (p, _) = TranslationFixture.Filled("stale-page");
        var original = p.Message("015");
        p.Write(original, p.Read(original).Replace("اگر درسی بخوانیم", "اگر درس بخوانیم"));
        var output = await Build(p);
        var doc = Page(output, "messages/sholeh-paydar.html");
        var stale = doc.QuerySelectorAll(".tr.stale");
        Assert.Single(stale);
        Assert.Equal("p3", stale[0].ParentElement!.Id);
        Assert.Contains("changed since it was translated", stale[0].TextContent);
        // The note leads to the workbench, where the change stands above the paragraph's box.
        Assert.Equal("../translate/en/msg-015.html#wb-p3", stale[0].QuerySelector(".stale-note a")!.GetAttribute("href"));
        var index = Page(output, "translations/index.html");
        var cell = index.QuerySelectorAll("td").First(td => td.QuerySelector("a[href='../messages/sholeh-paydar.html#side-en']") is not null);
        Assert.Contains("۱ بند از متن اصلی پس از ترجمه تغییر کرده است", cell.TextContent);
        Assert.Equal("../translate/en/msg-015.html", cell.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_edition_names_places_by_the_glossary_part_by_part_and_in_latin_letters_otherwise()
    {
        var p = new TempProject("edition-places");
        // Places the glossary names (a country, a phrase, a city), a place it does not, and two parts of which it knows one.
        var places = new Dictionary<string, string> { ["015"] = "آلمان", ["010"] = "شهرهای غربی کشور", ["020"] = "سنندج، کردستان", ["025"] = "بوکان", ["030"] = "شهرک صنعتی حسن آباد، بوکان" };
        foreach (var (order, place) in places)
        {
            var file = p.Message(order);
            var text = p.Read(file);
            text = System.Text.RegularExpressions.Regex.IsMatch(text, "(?m)^place:") ? System.Text.RegularExpressions.Regex.Replace(text, "(?m)^place:.*$", "place: " + place)
                : System.Text.RegularExpressions.Regex.Replace(text, "(?m)^author_kind:", "place: " + place + "\nauthor_kind:");
            p.Write(file, text);
        }
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        var config = SiteConfig.Load(p.Root);
        var corpus = CorpusReader.Read(config.InputDir, config.Root);
        string Shown(string lang, string order)
        {
            var slug = corpus.Messages.Single(m => m.Order == int.Parse(order)).Slug;
            var page = Page(output, $"{lang}/messages/{slug}.html");
            return page.QuerySelectorAll(".meta div").Single(d => d.QuerySelector("dt")!.TextContent == (lang == "en" ? "From" : "المكان")).QuerySelector("dd")!.TextContent;
        }
        var bukan = Site.Import.Transliterator.Latin("بوکان");
        Assert.Matches("^[A-Z][a-z]+$", bukan);
        Assert.Equal(["Germany", "Western cities of the country", "Sanandaj, Kurdistan", bukan, "Hassanabad industrial estate, " + bukan], places.Keys.Select(o => Shown("en", o)));
        // The Arabic edition: the glossary's Arabic names where it has one for every part; else the place as the Persian
        // writes it (the same script), marked Persian.
        Assert.Equal(["ألمانيا", "مدن غرب البلاد", "سنندج، كردستان", "بوکان", "شهرک صنعتی حسن آباد، بوکان"], places.Keys.Select(o => Shown("ar", o)));
        string? Lang(string order) => Page(output, $"ar/messages/{corpus.Messages.Single(m => m.Order == int.Parse(order)).Slug}.html")
            .QuerySelectorAll(".meta div").Single(d => d.QuerySelector("dt")!.TextContent == "المكان").QuerySelector("dd bdi")!.GetAttribute("lang");
        Assert.Equal([null, null, null, "fa", "fa"], places.Keys.Select(Lang));
    }

    [Fact]
    public async Task An_edition_home_asks_for_translations_then_for_reviews_then_for_nothing()
    {
        // The project's own translations: every document has its English one, as drafts; Arabic has a few.
        var p = new TempProject("edition-help");
        var config = SiteConfig.Load(p.Root);
        var corpus = CorpusReader.Read(config.InputDir, config.Root);
        var english = Directory.GetFiles(p.PathOf("input/translations/en"), "*.md", SearchOption.AllDirectories);
        Assert.Equal(corpus.All.Count(), english.Length);
        Assert.True(Directory.GetFiles(p.PathOf("input/translations/ar"), "*.md", SearchOption.AllDirectories).Length < corpus.All.Count());
        string? Help(string output, string lang) => Page(output, lang + "/index.html").QuerySelector(".hero .lede a")?.TextContent;

        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(config, output, new BuildOptions(PagesOnly: true));
        Assert.Equal("Help by reviewing one of them.", Help(output, "en"));
        Assert.Equal("ساعد بترجمة نص آخر.", Help(output, "ar"));
        // While part of the collection is translated, the edition's home lists that part, by its translated titles.
        var arabic = Directory.GetFiles(p.PathOf("input/translations/ar"), "*.md", SearchOption.AllDirectories);
        var arHome = Page(output, "ar/index.html");
        var listed = arHome.QuerySelectorAll("#translated .doc-title").Select(t => t.TextContent).ToList();
        Assert.Equal(arabic.Length, listed.Count);
        Assert.All(arabic, f => Assert.Contains(listed, t => t.Contains(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(f), "\ntitle: \"(.*)\"").Groups[1].Value)));
        Assert.Equal("#translated", arHome.QuerySelectorAll(".counts a").Last().GetAttribute("href"));
        // Where everything is translated, there is no such list: the lists are the edition's own.
        Assert.Null(Page(output, "en/index.html").GetElementById("translated"));

        foreach (var f in english) File.WriteAllText(f, File.ReadAllText(f).Replace("\nstatus: draft", "\nstatus: reviewed"));
        var reviewed = p.PathOf("output-reviewed");
        await SiteBuilder.BuildAsync(config, reviewed, new BuildOptions(PagesOnly: true));
        Assert.Contains($"{corpus.All.Count()} of those translations are reviewed", Page(reviewed, "en/index.html").QuerySelector(".hero")!.TextContent);
        Assert.Null(Help(reviewed, "en"));
    }

    [Fact]
    public async Task An_edition_home_lists_a_dozen_of_what_is_translated_and_says_how_many_more()
    {
        // 20 of the 97 English translations kept: the home lists 12 and points to the lists for the other 8.
        var p = new TempProject("edition-home-cap");
        foreach (var f in Directory.GetFiles(p.PathOf("input/translations/en"), "*.md", SearchOption.AllDirectories).Order().Skip(20)) File.Delete(f);
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        var home = Page(output, "en/index.html");
        Assert.Equal(12, home.QuerySelectorAll("#translated .doc-list > li").Length);
        Assert.Contains("8 more are translated", home.QuerySelector("#translated .more")!.TextContent);
        Assert.Equal("(20)", home.QuerySelector("#translated h2")!.TextContent.Split(' ').Last());
    }

    [Fact]
    public async Task The_english_edition_shows_the_translation_first_and_lists_it_by_its_title()
    {
        var (p, _) = TranslationFixture.Filled("english");
        var output = await Build(p);
        var home = Page(output, "en/index.html");
        Assert.Equal(("en", "ltr"), (home.DocumentElement.GetAttribute("lang"), home.DocumentElement.GetAttribute("dir")));
        Assert.Contains("1 of them are translated into English so far, as drafts that a second reader of both languages has yet to review", home.QuerySelector(".hero")!.TextContent);
        Assert.EndsWith("paragraph by paragraph. Help by translating another.", home.QuerySelectorAll(".hero .lede")[1].TextContent);

        // The list: the translated title where there is one; else the Persian title, isolated, with the sender in Latin letters.
        var list = Page(output, "en/messages/index.html");
        static string Target(string page, string? href) => new Uri(new Uri("http://site/" + page), href).AbsolutePath[1..];
        string In(AngleSharp.Dom.IElement a) => Target("en/messages/index.html", a.GetAttribute("href"));
        var translated = list.QuerySelectorAll(".doc-title a").Single(a => In(a) == "en/messages/sholeh-paydar.html");
        Assert.Equal("Message from Shoaleh Paydar", translated.QuerySelector("bdi")!.TextContent);
        var untranslated = list.QuerySelectorAll(".doc-list > li").Single(li => In(li.QuerySelector("a")!) == "en/messages/rokhsaneh-reyhaneh.html");
        var title = untranslated.QuerySelector(".doc-title bdi")!;
        Assert.Equal(("fa", "rtl", "پیام یک مادر به کنگره حزب"), (title.GetAttribute("lang"), title.GetAttribute("dir"), title.TextContent));
        Assert.Contains("Rokhsaneh Reyhaneh", untranslated.QuerySelector(".byline")!.TextContent);
        Assert.Contains("not translated yet", untranslated.QuerySelector(".byline")!.TextContent);

        // The page: translation only is the default, the translation stands first in each row, then its original.
        var doc = Page(output, "en/messages/sholeh-paydar.html");
        Assert.Equal("Message from Shoaleh Paydar", doc.QuerySelector("h1")!.TextContent);
        Assert.True(doc.GetElementById("m-translation")!.HasAttribute("checked"));
        Assert.Equal(["Translation only", "Side by side", "Original only"], doc.QuerySelectorAll(".modes label").Select(l => l.TextContent));
        var rows = doc.QuerySelectorAll(".text .row");
        Assert.Equal(12, rows.Length);
        foreach (var row in rows)
        {
            Assert.Equal(("tr", "en", "ltr"), (row.Children[0].ClassName, row.Children[0].GetAttribute("lang"), row.Children[0].GetAttribute("dir")));
            Assert.Equal(("orig", "fa", "rtl"), (row.Children[1].ClassName, row.Children[1].GetAttribute("lang"), row.Children[1].GetAttribute("dir")));
            // The original's ¶ link takes its column's direction, which puts it at the line's end (an ltr one sat on the first word).
            Assert.Null(row.Children[1].QuerySelector(".pl")!.GetAttribute("dir"));
        }
        Assert.Contains("Test Translator", doc.QuerySelector(".tr-by")!.TextContent);
        // The Persian page's panel leads to the edition's page.
        var persian = Page(output, "messages/sholeh-paydar.html");
        Assert.Equal("../en/messages/sholeh-paydar.html", persian.QuerySelector(".tr-panel.tr-en .tr-edition a")!.GetAttribute("href"));

        var feed = File.ReadAllText(Path.Combine(output, "en/feed.xml"));
        Assert.Contains("Message from Shoaleh Paydar", feed);
        Assert.Contains("href=\"messages/sholeh-paydar.html\"", feed);   // from en/feed.xml
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(output, "sitemap.xml"));
        var entry = sitemap.Descendants().Single(e => e.Name.LocalName == "url" && e.Elements().First().Value == "messages/sholeh-paydar.html");
        Assert.Equal(["fa messages/sholeh-paydar.html", "en en/messages/sholeh-paydar.html", "ar ar/messages/sholeh-paydar.html"],
            entry.Elements().Where(e => e.Name.LocalName == "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
        var index = Page(output, "translations/index.html");
        var todo = index.QuerySelectorAll("td.todo code").Select(c => c.TextContent).ToList();
        Assert.Contains("translate msg-001 --lang en", todo);
        Assert.DoesNotContain("translate msg-015 --lang en", todo);
        Assert.Equal(2 * (69 + 28) - 1, todo.Count);
    }

    [Fact]
    public async Task An_untranslated_page_says_so_in_the_editions_language_shows_the_original_and_invites_a_translation()
    {
        var (p, _) = TranslationFixture.Filled("untranslated");
        var output = await Build(p);
        var doc = Page(output, "ar/messages/sholeh-paydar.html");
        Assert.Equal(("ar", "rtl"), (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir")));
        Assert.Contains("لم تُترجَم هذه الوثيقة إلى العربية بعد", doc.QuerySelector(".untranslated-note")!.TextContent);
        Assert.Equal("../../translations/index.html", doc.QuerySelector(".untranslated-note a")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector(".mode-radio"));
        Assert.Null(doc.QuerySelector(".text .tr"));
        Assert.All(doc.QuerySelectorAll(".text .row > *"), c => Assert.Equal(("orig", "fa", "rtl"), (c.ClassName, c.GetAttribute("lang"), c.GetAttribute("dir"))));
        Assert.Equal(("fa", "rtl"), (doc.QuerySelector("h1 bdi")!.GetAttribute("lang"), doc.QuerySelector("h1 bdi")!.GetAttribute("dir")));
        // The interface is Arabic: topic names come from topics.yml's labels; the sender as the original writes it
        // (Arabic is written in the Arabic script), marked as Persian, where the English edition gives Latin letters.
        Assert.Contains("اللاجئون والمهاجرون", doc.QuerySelector(".doc-head .topics")!.TextContent);
        var sender = doc.QuerySelector(".meta dd bdi")!;
        Assert.Equal(("شعله پایدار", "fa"), (sender.TextContent, sender.GetAttribute("lang")));
        var place = doc.QuerySelectorAll(".meta dd bdi")[1];
        Assert.Equal(("ایران", "fa"), (place.TextContent, place.GetAttribute("lang")));
        var english = Page(output, "en/messages/rokhsaneh-reyhaneh.html").QuerySelector(".meta dd bdi")!;
        Assert.Equal(("Rokhsaneh Reyhaneh", false), (english.TextContent, english.HasAttribute("lang")));
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
            [8] = "\\# A heading in a translation, escaped (a slot that starts as one is refused: TranslationRules)",
            [9] = "[![inner](https://tracker.example/x.png)](https://example.org/) alt [ref][1]\n\n[1]: javascript:alert(1)",
        };
        var (p, _) = TranslationFixture.Filled("hostile", i => attacks.GetValueOrDefault(i, $"English paragraph {i}."));
        var output = await Build(p);
        var doc = Page(output, "messages/sholeh-paydar.html");
        var tr = doc.QuerySelectorAll(".tr-en");
        // What the translation's text made (the panel's own link to the edition's page is the site's).
        var all = tr.SelectMany(t => t.QuerySelectorAll("*")).Where(e => e.Closest(".tr-edition") is null).ToList();
        Assert.DoesNotContain(all, e => e.LocalName is "script" or "iframe" or "style" or "img" or "object" or "embed");
        Assert.DoesNotContain(all, e => e.Attributes.Any(a => a.Name.StartsWith("on") || a.Name == "style" || a.Name == "src"));
        Assert.DoesNotContain(all, e => e.GetAttribute("href") is { } h && !(h.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("mailto:") || h.StartsWith("#")));
        Assert.Contains("<script>", tr[1].TextContent);        // shown as text, so readers see what was written
        Assert.Equal(3, all.Count(e => e.LocalName == "a"));    // only the safe links stay links
        Assert.DoesNotContain(all, e => e.LocalName is "h1" or "h2");
        Assert.StartsWith("# A heading in a translation", tr[8].TextContent.Trim());   // tr[0] is the panel, tr[i] paragraph i
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
