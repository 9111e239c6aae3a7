using AngleSharp.Html.Parser;
using Site.Corpus;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Model;

/// <summary>The workbench pages as the build writes them (the script's behaviour is tested in a browser: Browser/WorkbenchTests).</summary>
public class WorkbenchPageTests
{
    /// <summary>A project where msg-015 has no English translation and msg-045 has one, with a repository named or not.</summary>
    static async Task<string> Build(string name, string? repository, Action<TempProject>? change = null)
    {
        var p = new TempProject(name);
        File.Delete(p.PathOf("input/translations/en/messages/sholeh-paydar.md"));
        if (repository is not null) p.Write("statiq.config", p.Read("statiq.config").Replace("\nrepository:\n", $"\nrepository: {repository}\n"));
        change?.Invoke(p);
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        return output;
    }

    /// <summary>The one English cell still to translate (the test removed msg-015's translation); other languages have many.</summary>
    static AngleSharp.Dom.IElement EnglishTodo(AngleSharp.Dom.IDocument list) =>
        list.QuerySelectorAll("td.todo").Single(td => td.QuerySelector("a")!.GetAttribute("href")!.Contains("/en/", StringComparison.Ordinal));

    static AngleSharp.Dom.IDocument Read(string output, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, path)));

    [Fact]
    public async Task The_messages_come_in_one_script_per_language_not_in_every_page()
    {
        var output = await Build("workbench-strings", null);
        foreach (var (lang, ready) in new[] { ("en", "No errors: the file is ready."), ("ar", "لا أخطاء: الملف جاهز.") })
        {
            var page = Read(output, $"translate/{lang}/msg-015.html");
            var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
            // Before the workbench's script, which reads it (deferred scripts run in order).
            Assert.True(scripts.IndexOf($"../../assets/workbench-{lang}.js") is var at and >= 0 && at < scripts.IndexOf("../../assets/workbench.js"), string.Join(" ", scripts));
            Assert.DoesNotContain("\"strings\"", page.GetElementById("wb-data")!.TextContent);
            var script = File.ReadAllText(Path.Combine(output, $"assets/workbench-{lang}.js"));
            Assert.StartsWith("window.WorkbenchStrings = {", script);
            Assert.True(script.All(char.IsAscii), "escaped to ASCII, as the theme's scripts are");
            var json = System.Text.Json.JsonDocument.Parse(script["window.WorkbenchStrings = ".Length..].TrimEnd().TrimEnd(';'));
            Assert.Equal(ready, json.RootElement.GetProperty("ready").GetString());
            Assert.All(json.RootElement.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetString()), p.Name));
        }
    }

    [Fact]
    public async Task Each_original_paragraph_stands_beside_its_slot_with_terms_marked_and_propose_names_the_file()
    {
        // One term without an Arabic rendering, for the case below.
        var output = await Build("workbench-page", "example/congress12", p => p.Write("input/glossary.yml",
            System.Text.RegularExpressions.Regex.Replace(p.Read("input/glossary.yml"), @"(  - fa: کنگره\n    en: .*\n)    ar: .*\n", "$1")));
        var page = Read(output, "translate/en/msg-015.html");
        Assert.Equal(("en", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        var rows = page.QuerySelectorAll(".wb-row");
        Assert.Equal(12, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            var orig = rows[i].QuerySelector(".orig")!;
            Assert.Equal(("fa", "rtl"), (orig.GetAttribute("lang"), orig.GetAttribute("dir")));
            Assert.Equal("¶" + Site.Text.PersianText.Digits(i + 1), orig.QuerySelector(".pn")!.TextContent);
            var slot = rows[i].QuerySelector("textarea")!;
            Assert.Equal((i + 1).ToString(), slot.GetAttribute("data-paragraph"));
            Assert.Equal(("en", "ltr"), (slot.GetAttribute("lang"), slot.GetAttribute("dir")));
            Assert.Equal("", slot.TextContent);
        }
        // The original is on the page once: each paragraph stands in its row as written (what a browser reads after the
        // paragraph's number), and the script's data leaves it out.
        var doc = CorpusReader.Read(Path.Combine(Path.GetDirectoryName(output)!, "input")).Messages.Single(m => m.Id == "msg-015");
        for (int i = 0; i < rows.Length; i++)
            Assert.Equal(doc.Paragraphs[i], string.Concat(rows[i].QuerySelector(".orig > p")!.ChildNodes
                .Where(n => n is not AngleSharp.Dom.IElement { ClassName: "pn" }).Select(n => n.TextContent)));
        var data = System.Text.Json.Nodes.JsonNode.Parse(page.GetElementById("wb-data")!.TextContent)!;
        Assert.All(data["paragraphs"]!.AsArray(), p => Assert.Null(p));
        // A carriage return would come back from the page as a line feed: such a paragraph goes in the data as written.
        Assert.False(Site.Model.Workbench.ThePageShowsExactly("line\rbreak"));
        Assert.True(Site.Model.Workbench.ThePageShowsExactly("line\nbreak"));

        // Glossary terms are marked in the original, and their agreed renderings listed under it.
        var mark = page.QuerySelector(".orig mark.gl")!;
        Assert.Equal("کنگره", mark.TextContent);
        Assert.Contains("Congress", mark.ParentElement!.ParentElement!.QuerySelector(".gl-list")!.TextContent);
        Assert.All(page.QuerySelectorAll(".orig mark.gl"), m => Assert.NotEqual("", m.GetAttribute("title")));
        // Only terms with a rendering in the page's language are marked: for a term the glossary gives none for in
        // that language (here «کنگره» in Arabic), a mark would point to nothing; the paragraph still reads whole.
        var arabic = Read(output, "translate/ar/msg-015.html");
        var glossary = Site.Translations.GlossaryCheck.Load(SiteConfig.Load(Path.GetDirectoryName(output)!)).Glossary;
        var arMarks = arabic.QuerySelectorAll(".orig mark.gl");
        // The glossary's notes are written about English ("capital C"): on the English page only.
        Assert.NotEmpty(page.QuerySelectorAll(".gl-list small"));
        Assert.Empty(arabic.QuerySelectorAll(".gl-list small"));
        Assert.All(arMarks, m => Assert.NotEqual("", m.GetAttribute("title")));
        Assert.Equal(doc.Paragraphs.Sum(p => glossary.Marks(p).Count(x => x.Term.In("ar").Count > 0)), arMarks.Length);
        Assert.Contains(doc.Paragraphs, p => glossary.Marks(p).Any(x => x.Term.In("ar").Count == 0));   // the case is there
        var arRows = arabic.QuerySelectorAll(".wb-row");
        for (int i = 0; i < arRows.Length; i++)
            Assert.Equal(doc.Paragraphs[i], string.Concat(arRows[i].QuerySelector(".orig > p")!.ChildNodes
                .Where(n => n is not AngleSharp.Dom.IElement { ClassName: "pn" }).Select(n => n.TextContent)));
        Assert.NotNull(page.GetElementById("wb-title"));
        Assert.NotNull(page.GetElementById("wb-author"));
        Assert.NotNull(page.GetElementById("wb-translators"));
        Assert.Contains("draft", page.QuerySelector(".wb-status")!.TextContent);
        Assert.True(page.GetElementById("translation-file")!.HasAttribute("readonly"));
        Assert.Equal("https://github.com/example/congress12/new/main?filename=input%2Ftranslations%2Fen%2Fmessages%2Fsholeh-paydar.md",
            page.GetElementById("wb-propose")!.GetAttribute("href"));
        // Without JavaScript: what it needs, and the other two ways.
        var noscript = new HtmlParser().ParseFragment(page.QuerySelector("noscript")!.InnerHtml, page.Body!).OfType<AngleSharp.Dom.IElement>().First();
        Assert.Contains("needs JavaScript", noscript.TextContent);
        Assert.Contains(noscript.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/example/congress12/blob/main/CONTRIBUTING.md");
        Assert.Contains(noscript.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("https://github.com/example/congress12/new/main?filename=", StringComparison.Ordinal));

        // A translated document opens for improving, and Propose edits its file.
        var existing = Read(output, "translate/en/msg-045.html");
        Assert.Equal("To the Congress of the Worker-communist Party", existing.GetElementById("wb-s1")!.TextContent);
        Assert.Equal("https://github.com/example/congress12/edit/main/input/translations/en/messages/20-nafar-az-kargaran.md", existing.GetElementById("wb-propose")!.GetAttribute("href"));

        // The translations page links the untranslated document's workbench and the pull requests that name it.
        var list = Read(output, "translations/index.html");
        var cell = EnglishTodo(list);
        Assert.Equal("../translate/en/msg-015.html", cell.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://github.com/example/congress12/pulls?q=is%3Apr%20is%3Aopen%20msg-015", cell.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.DoesNotContain("translate/", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
    }

    /// <summary>
    /// Where the original of a translated paragraph changed, the page says so with a box to tick if the translation
    /// still holds, also where the old wording is not known, and gives the script what the translation pinned.
    /// </summary>
    [Fact]
    public async Task A_changed_paragraph_is_marked_with_what_its_translation_pinned()
    {
        const string file = "input/translations/en/messages/20-nafar-az-kargaran.md";
        string[] oldHashes = [];
        var output = await Build("workbench-pinned", null, p =>
        {
            var original = p.Message("045");
            p.Write(original, p.Read(original).Replace("به کنگره حزب", "به کنگرهٔ دوازدهم حزب").Replace("صمیمانه تبریک", "از صمیم قلب تبریک"));
            var text = p.Read(file);
            oldHashes = System.Text.RegularExpressions.Regex.Match(text, @"source_hashes: \[(\w+), (\w+)\]").Groups.Values.Skip(1).Select(g => g.Value).ToArray();
            // The first anchor no longer holds the wording its hash pinned.
            p.Write(file, System.Text.RegularExpressions.Regex.Replace(text, "<!-- ¶1 — [^\n]*-->", "<!-- ¶1 -->"));
        });
        var page = Read(output, "translate/en/msg-045.html");
        var s = Site.Model.UiStrings.Load(Path.Combine(Paths.Root, "theme"), "en");
        var (first, second) = (page.QuerySelector("#wb-p1 .wb-change")!, page.QuerySelector("#wb-p2 .wb-change")!);
        Assert.Equal(s.WorkbenchChangedUnknown, first.QuerySelector("p")!.TextContent);
        Assert.Null(first.QuerySelector(".change"));
        Assert.Equal(s.WorkbenchChanged, second.QuerySelector("p")!.TextContent);
        Assert.NotNull(second.QuerySelector(".change del"));
        foreach (var (note, n) in new[] { (first, 1), (second, 2) })
        {
            var box = note.QuerySelector("input[type=checkbox]")!;
            Assert.Equal(n.ToString(), box.GetAttribute("data-holds"));
            Assert.Contains(s.WorkbenchStillHolds, box.ParentElement!.TextContent);
        }
        var data = System.Text.Json.Nodes.JsonNode.Parse(page.GetElementById("wb-data")!.TextContent)!["pinned"]!.AsArray();
        Assert.Equal(oldHashes[0], (string?)data[0]!["hash"]);
        Assert.Null(data[0]!["wording"]);
        Assert.Equal(oldHashes[1], (string?)data[1]!["hash"]);
        Assert.Contains("صمیمانه تبریک", (string?)data[1]!["wording"]);
        // A document with no translation, and one whose original did not change, pin nothing.
        Assert.All(System.Text.Json.Nodes.JsonNode.Parse(Read(output, "translate/en/msg-015.html").GetElementById("wb-data")!.TextContent)!["pinned"]!.AsArray(), Assert.Null);
        var unchanged = Read(output, "translate/en/msg-001.html");
        Assert.Null(unchanged.QuerySelector(".wb-change"));
        Assert.All(System.Text.Json.Nodes.JsonNode.Parse(unchanged.GetElementById("wb-data")!.TextContent)!["pinned"]!.AsArray(), Assert.Null);
    }

    [Fact]
    public async Task Without_a_repository_propose_is_hidden()
    {
        var output = await Build("workbench-norepo", null);
        var page = Read(output, "translate/en/msg-015.html");
        Assert.Null(page.GetElementById("wb-propose"));
        Assert.NotNull(page.GetElementById("wb-download"));
        // Nor is proposing promised: the page says to download or copy the file and send it.
        Assert.DoesNotContain("GitHub", page.QuerySelector(".lede")!.TextContent);
        Assert.Contains("download or copy the file", page.QuerySelector(".lede")!.TextContent);
        Assert.Single(EnglishTodo(Read(output, "translations/index.html")).QuerySelectorAll("a"));
    }
}
