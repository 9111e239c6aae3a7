using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Corpus;
using Site.Model;
using Site.Project;
using Site.Text;
using Site.Translations;

namespace Site.Tests.Translations;

/// <summary>
/// The workbench (theme/assets/workbench.js) applies check's rules, hashes paragraphs and writes the file in the
/// browser; the program does the same in C#. Over shared cases, the two must agree exactly.
/// </summary>
public class WorkbenchParityTests
{
    static readonly string Script = Path.Combine(Paths.Root, "theme", "assets", "workbench.js");

    /// <summary>Calls the script's functions in node: each call is a function's name and its arguments; returns each result as JSON.</summary>
    static async Task<JsonArray> Js(IEnumerable<(string Fn, object?[] Args)> calls)
    {
        var js = $"const w = require({JsonSerializer.Serialize(Script)}); const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
            + " process.stdout.write(JSON.stringify(input.map(c => w[c.fn].apply(null, c.args))));";
        var psi = new ProcessStartInfo("node", ["-e", js]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(JsonSerializer.Serialize(calls.Select(c => new { fn = c.Fn, args = c.Args })));
        p.StandardInput.Close();
        var output = await p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, error);
        return JsonNode.Parse(output)!.AsArray();
    }

    static readonly string[] Texts =
    [
        "", " ", "سلام", "كارگران نيشكر  هفت‌تپه", "١٤٠٠ و ۱۴۰۰ و 1400", "  فاصله\u00A0ها\tو\nخط  ", "\uFEFFآغاز", "درۇ مستثنێ ى",
        "a\u0085b", "emoji 👩🏽‍🏭 and a lone \uD800 surrogate", "«زن، زندگی، آزادی»", "English text -- with dashes", "ZWNJ\u200C\u200Cتنها",
        new string('ب', 5000),
    ];

    static CorpusContent Corpus()
    {
        var config = SiteConfig.Load(Paths.Root);
        return CorpusReader.Read(config.InputDir, config.Root);
    }

    [Fact]
    public async Task Paragraph_hashes_agree_on_samples_and_on_every_paragraph_of_the_corpus()
    {
        var texts = Texts.Concat(Corpus().All.SelectMany(d => d.Paragraphs)).ToList();
        var js = await Js(texts.Select(t => ("paragraphHash", new object?[] { t })));
        Assert.Equal(texts.Select(PersianText.ParagraphHash), js.Select(n => n!.GetValue<string>()));
        // A lone surrogate does not survive node's output as itself: normalization is compared on the others.
        var whole = Texts.Where(t => !t.Contains('\uD800')).ToList();
        var normalized = await Js(whole.Select(t => ("normalize", new object?[] { t })));
        Assert.Equal(whole.Select(PersianText.Normalize), normalized.Select(n => n!.GetValue<string>()));
    }

    /// <summary>
    /// Slots of one paragraph's lines (no blank line), some with a line that Markdown reads as a block of its own.
    /// Declared before <see cref="Slots"/>, which takes them in: static fields are set in order.
    /// </summary>
    static readonly string[] BlockCases =
    [
        "First line\n# A heading", "First line\n###### six", "First line\n####### seven stays", "First line\n#hashtag stays", "First line\n#", "First\n> a quote", "First\n>",
        "First\n---", "First\n- - -", "First\n***", "First\n_ _ _", "First\n**bold** stays", "First\n=", "First\n== ", "First\n=x stays", "First\n-",
        "First\n```js", "First\n```a`b stays", "First\n~~~", "First\n~~ stays", "First\n- item", "First\n* item", "First\n+ item", "First\n+\nit stays", "First\n*\nit stays",
        "First\n1. one", "First\n1) one", "First\n2. two stays", "First\n10. ten stays", "First\n    # four spaces in stays", "First\n   # three spaces in",
        "First\n\t# a tab in stays", "First\n-not a list stays", "a\n# b\n> c", "a\nb\nc\n> d", "1\\. escaped\nand \\# escaped stays",
        // The first line: a heading, quote, rule or fence is no paragraph; a rule wins over a list ("- - -").
        "# A heading first", "###### six first", "####### seven first stays", "#hashtag first stays", "> a quote first", "---", "- - -", "***", "* * *",
        "___", "```js", "~~~", "=== first stays", "-- first stays", "\\# escaped first stays", "#\nthen text",
    ];

    /// <summary>Slots whose first line may be a list item.</summary>
    static readonly string[] ListCases =
    [
        "- A bullet", "* star", "+ plus", "1. one", "12) twelve", "123456789. long", "1.5 million stays", "2.no space stays", "-dash stays", "1\\. escaped stays",
        "1. numbered\n# and a heading",
    ];

    static readonly string[] Slots =
    [
        "", "   \n\t ", "\u200B", " \u200C\u200F &nbsp; &#160;", "&#xA0;\uFEFF", "One paragraph.", "  One paragraph,\nwritten on two lines.  ", "Two\n\nparagraphs", "Three\n \nparts\n\n\nhere",
        "Windows\r\n\r\nline ends", "A [safe link](https://example.org) and [mail](mailto:a@b.c) and [relative](../x.html)",
        "A [bad link](javascript:alert(1)) and <javascript:alert(2)> and [again](javascript:alert(1))",
        "[spaced]( java\tscript:x ) [data](data:text/html,hi) [proto](//evil.example) [empty]()", "<https://example.org> is an autolink",
        "<script>alert('x')</script> and <b>bold</b> and <B>", "a < b and c > d, x<y", "<!-- a comment --> text", "</p> closes",
        "<img src=x onerror=alert(1)>", "[ref][1] text\n\n[1]: javascript:alert(1)", "text\n\n[a]: https://x.org\n[b]: <vbscript:y>\n\nmore", "[only]: https://a.definition", "**bold** and *em* and `code <i>`", "«Long live!» \u2028", "C1 &#x80; and &#159; and &#127;",
        "A bell &#7; and &#x1F; and &#X1f; again &#7;", "Allowed: &#9; &#10; &#13; &#0; &#65; &#x10FFFF; &#12345678; &#x1234567;",
        "Not characters: &#xFFFE; &#65535;", "`&#1;` in code, ``a ` &#2;`` too, \\&#3; escaped, but &#4; not",
        "An open `` tick &#5; then", "[link](https://example.org \"title &#6;\") and &#1", "&amp;#1; is text",
        string.Concat(Enumerable.Repeat("[a](", 101)), string.Concat(Enumerable.Repeat("[a][", 150)),
        string.Join(" ", Enumerable.Range(1, 100).Select(i => $"[{i}](https://example.org/{i})")),
        "[" + string.Concat(Enumerable.Repeat("a\\](", 150)), string.Concat(Enumerable.Repeat("a](b) ", 150)),
        // A comment left open hides the rest of the file; a closed one is HTML, as before.
        "A note <!-- for the reviewer", "<!-- closed --> then <!-- open <b>", "<!-- a <!-- b --> closed once", "<!--> not closed", "<!----> closed",
        "text -->  <!-- x -- > y",
        .. BlockCases, .. ListCases,
    ];

    static object Finding(RuleFinding f) => new { rule = f.Rule, paragraph = f.Paragraph, detail = f.Detail, severity = f.Severity == Severity.Error ? "error" : "warning" };

    [Fact]
    public async Task The_translation_rules_find_the_same_in_both()
    {
        var fieldCases = new (string? Title, string[] Translators)[]
        {
            ("A title", ["Sara K."]), ("", ["Sara K."]), ("  ", []), ("Title", ["Sara", " "]), ("Title", []),
        };
        var countCases = new[] { (3, 3), (2, 3), (4, 3), (0, 1) };
        var calls = new List<(string, object?[])>();
        calls.AddRange(fieldCases.Select(c => ("fields", new object?[] { c.Title ?? "", c.Translators })));
        calls.AddRange(countCases.Select(c => ("count", new object?[] { c.Item1, c.Item2 })));
        var senderCases = new (string? Signed, string? Author)[] { ("شعله پایدار", ""), ("شعله پایدار", " "), ("شعله پایدار", "Sholeh Paydar"), (null, ""), ("", null) };
        calls.AddRange(senderCases.Select(c => ("sender", new object?[] { c.Signed, c.Author })));
        calls.AddRange(Slots.Select((t, i) => ("slot", new object?[] { i + 1, t })));
        var js = await Js(calls);

        var expected = new List<List<RuleFinding>>();
        expected.AddRange(fieldCases.Select(c => TranslationRules.Fields(c.Title, c.Translators)));
        expected.AddRange(countCases.Select(c => TranslationRules.Count(c.Item1, c.Item2)));
        expected.AddRange(senderCases.Select(c => TranslationRules.Sender(c.Signed, c.Author)));
        expected.AddRange(Slots.Select((t, i) => TranslationRules.Slot(i + 1, t)));
        Assert.Equal(JsonSerializer.Serialize(expected.Select(l => l.Select(Finding))), js.ToJsonString());
        // The cases do exercise every rule.
        foreach (var rule in new[] { TranslationRules.TitleMissing, TranslationRules.TranslatorsMissing, TranslationRules.SlotCount, TranslationRules.SlotEmpty,
                     TranslationRules.SlotSeveral, TranslationRules.LinkScheme, TranslationRules.RawHtml, TranslationRules.Unshowable, TranslationRules.SlotLinks, TranslationRules.SlotComment,
                     TranslationRules.SlotBlock, TranslationRules.SlotList, TranslationRules.AuthorMissing })
            Assert.Contains(expected.SelectMany(l => l), f => f.Rule == rule);
    }

    [Fact]
    public async Task The_language_rule_finds_the_same_in_both()
    {
        const string persian = "سالهاست با کمیته سازمانده حزب کمونیست کارگری در تماسم و کار می‌کنم.";
        var cases = new (string Text, string Original, string Lang)[]
        {
            (persian, persian, "en"), (persian, persian, "ar"), ("  " + persian.Replace("ی", "ي") + "\n", persian, "en"),
            ("شعله پایدار", "شعله پایدار", "ar"), ("رخسانه ريحانه", "رخسانه ریحانه", "ar"),
            (persian, "another paragraph entirely", "en"), ("I have been in touch with the party's organizing committee for years.", persian, "en"),
            ("I have been in touch with the party's organizing committee for years.", persian, "ar"),
            ("سنوات وأنا على تواصل مع اللجنة المنظِّمة للحزب الشيوعي العمالي.", persian, "ar"),
            ("رسالة من شعله پايدار إلى المؤتمر", persian, "ar"), (persian + " دیگر", persian, "ar"),
            ("A name, شعله پایدار, in English.", persian, "en"), ("", persian, "en"), ("Привет, товарищи! Долгих лет вам всем.", persian, "ar"),
            // An address's letters: a link or an address written out in an Arabic paragraph is no sign of English.
            ("انظر التقرير الكامل على [الموقع](https://www.example.org/reports/2024/iran-teachers-strike-report).", persian, "ar"),
            ("انظر التقرير على https://www.example.org/reports/2024/iran-teachers-strike و WWW.EXAMPLE.ORG/reports/strike", persian, "ar"),
        };
        var js = await Js(cases.Select(c => ("language", new object?[] { 3, c.Text, c.Original, c.Lang })));
        var expected = cases.Select(c => TranslationRules.Language(3, c.Text, c.Original, c.Lang)).ToList();
        Assert.Equal(JsonSerializer.Serialize(expected.Select(l => l.Select(Finding))), js.ToJsonString());
        foreach (var rule in new[] { TranslationRules.SlotOriginal, TranslationRules.SlotScript, TranslationRules.SlotPersianLetters })
            Assert.Contains(expected.SelectMany(l => l), f => f.Rule == rule);
        // A signature (a name) and Arabic with a Persian name in it are not flagged.
        Assert.Empty(expected[3]);
        Assert.Empty(expected[4]);
        Assert.Empty(expected[9]);
        Assert.Empty(expected[8]);
        Assert.Empty(expected[^2]);
        Assert.Empty(expected[^1]);
    }

    /// <summary>
    /// The rules that stand for a refusal of the build's Markdown (a reference to an invisible character, too many
    /// link openings) find one exactly where the build refuses the paragraph.
    /// </summary>
    [Fact]
    public void The_rules_for_what_the_build_refuses_agree_with_its_reading()
    {
        var refused = new HashSet<string>();
        foreach (var slot in Slots)
        {
            var rules = TranslationRules.Slot(1, slot).Select(f => f.Rule).Where(r => r is TranslationRules.Unshowable or TranslationRules.SlotLinks).ToHashSet();
            string? read = null;
            try { MarkdownText.Blocks(slot, 1, html: true); }
            catch (UnshowableReferenceException) { read = TranslationRules.Unshowable; }
            catch (TooManyLinksException) { read = TranslationRules.SlotLinks; }
            Assert.True(read is null ? rules.Count == 0 : rules.SetEquals([read]), $"{slot[..Math.Min(60, slot.Length)]}: the rules found [{string.Join(", ", rules)}], the build {read ?? "nothing"}");
            if (read is not null) refused.Add(read);
        }
        Assert.Equal(2, refused.Count);
    }

    /// <summary>
    /// The rule for a line that starts a block of its own finds one exactly where the build's Markdown reads the slot
    /// as anything but one paragraph; the rule for a list finds one exactly where it reads a list.
    /// </summary>
    [Fact]
    public void The_rules_for_lines_that_start_a_block_agree_with_the_builds_reading()
    {
        foreach (var slot in BlockCases.Concat(ListCases))
        {
            var rules = TranslationRules.Slot(1, slot).Select(f => f.Rule).ToHashSet();
            var doc = Markdig.Markdown.Parse(slot, MarkdownText.Pipeline);
            var list = doc.FirstOrDefault() is Markdig.Syntax.ListBlock;
            var onlyParagraph = doc.Count == 1 && doc[0] is Markdig.Syntax.ParagraphBlock;
            Assert.True(rules.Contains(TranslationRules.SlotList) == list, $"{slot}: a list {list}, the rules [{string.Join(", ", rules)}]");
            // Inside a list item a line may start a block that the rule, which reads lines, cannot see there.
            if (!list) Assert.True(rules.Contains(TranslationRules.SlotBlock) == !onlyParagraph, $"{slot}: one paragraph {onlyParagraph}, the rules [{string.Join(", ", rules)}]");
            Assert.True(slot.EndsWith(" stays", StringComparison.Ordinal) == onlyParagraph, $"{slot}: one paragraph {onlyParagraph}");
        }
        // Where it is, and what to write instead.
        Assert.Equal("--- 3 \\---", Assert.Single(TranslationRules.Slot(4, "a\nb\n---"), f => f.Rule == TranslationRules.SlotBlock).Detail);
        Assert.Equal("12) 12\\)", Assert.Single(TranslationRules.Slot(4, "12) b"), f => f.Rule == TranslationRules.SlotList).Detail);
    }

    [Fact]
    public async Task Links_and_renderings_are_judged_alike()
    {
        string[] urls = ["https://a.b", "HTTP://A.B", "mailto:x@y", "../a.html", "#p3", "javascript:alert(1)", "java\nscript:x", " \u0085", "//host/x",
            "data:text/html,x", "a/b:c", "?q=1:2", "vbscript:x", "", "\\\\host\\x"];
        var js = await Js(urls.Select(u => ("isSafeUrl", new object?[] { u })));
        Assert.Equal(urls.Select(SafeMarkdown.IsSafeUrl), js.Select(n => n!.GetValue<bool>()));

        var cases = new (string Text, string[] Renderings)[]
        {
            ("the Congress met", ["Congress"]), ("the congresses met", ["Congress"]), ("Congressional", ["Congress"]), ("councils", ["council"]),
            ("the Worker-communist Party", ["Worker-communist Party"]), ("Worker-communist Partyline", ["Worker-communist Party"]),
            ("no term here", ["strike", "strikes"]), ("STRIKE!", ["strike"]), ("", ["x"]), ("x", [""]), ("2x 2", ["2"]),
        };
        var jsr = await Js(cases.Select(c => ("hasRendering", new object?[] { c.Text, c.Renderings })));
        Assert.Equal(cases.Select(c => Glossary.HasRendering(c.Text, c.Renderings)), jsr.Select(n => n!.GetValue<bool>()));
        Assert.Contains(true, jsr.Select(n => n!.GetValue<bool>()));
        Assert.Contains(false, jsr.Select(n => n!.GetValue<bool>()));
    }

    /// <summary>
    /// The translators' field: the page fills it (Workbench.TranslatorsField) and the script writes it back from a
    /// draft (namesField) alike, and reads it (names) back into the same names, those with a comma too. A Persian or
    /// Arabic comma, typed on those keyboards, separates names as the Latin one does.
    /// </summary>
    [Fact]
    public async Task The_translators_field_is_written_alike_and_read_back_into_the_same_names()
    {
        string[][] lists =
        [
            ["Sara K."], ["K., Sara", "Ali"], ["سارا، کاوه", "علی"], ["a; b", "c؛ d"], ["Ali \"R\"", "\"Quoted\" start", "\""], ["ژینا-رضایی", "O'Brien"], [],
        ];
        var calls = new List<(string, object?[])>();
        foreach (var list in lists) { calls.Add(("namesField", [list])); calls.Add(("names", [Workbench.TranslatorsField(list)])); }
        (string Typed, string[] Names)[] typed =
        [
            ("سارا، علی", ["سارا", "علی"]), ("سارا ، علی ؛ کاوه", ["سارا", "علی", "کاوه"]), ("Sara K., Ali", ["Sara K.", "Ali"]),
            ("\"K., Sara\", Ali", ["K., Sara", "Ali"]), (" , ,Ali,, ", ["Ali"]), ("\"unclosed, quote", ["unclosed, quote"]),
        ];
        foreach (var (text, _) in typed) calls.Add(("names", [text]));
        var js = await Js(calls);
        for (var i = 0; i < lists.Length; i++)
        {
            Assert.Equal(Workbench.TranslatorsField(lists[i]), js[2 * i]!.GetValue<string>());
            Assert.Equal(lists[i], js[2 * i + 1]!.AsArray().Select(n => n!.GetValue<string>()));
        }
        for (var i = 0; i < typed.Length; i++)
            Assert.Equal(typed[i].Names, js[2 * lists.Length + i]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("\"K., Sara\", Ali", Workbench.TranslatorsField(["K., Sara", "Ali"]));
    }

    [Fact]
    public async Task The_file_written_in_the_browser_is_the_one_the_program_writes()
    {
        var corpus = Corpus();
        var docs = new Document[]
        {
            corpus.All.OfType<Message>().First(m => !string.IsNullOrEmpty(m.Author)),
            corpus.All.OfType<Message>().First(m => m.Author is null || m.Author.Length == 0),
            corpus.All.OfType<Resolution>().First(),
        };
        var drafts = new Func<Document, TranslationDraft>[]
        {
            d => new TranslationDraft("A \"quoted\" title \\ with\tcontrol", "Sara K.", ["Sara K.", "Ali \"R\""], d.Paragraphs.Select((_, i) => $"  Paragraph {i + 1},\r\nwith a line.  ").ToList()),
            d => new TranslationDraft("", null, [], d.Paragraphs.Select((_, i) => i % 2 == 0 ? "" : "<script>x</script>").ToList()),
            d => new TranslationDraft("Partly", "", ["One"], ["Only the first"]),
            // Names as they are where YAML reads them back the same; else quoted.
            d => new TranslationDraft("Names", "", ["project team", "Sara K.", "O'Brien", "ژینا-رضایی", "No", "null", "2024 team", "K., Sara", "a: b", "x #y", "[z]", " Ali "], ["One"]),
            // Pasted from another program: a vertical tab, a form feed, U+FFFF, a control character at the end.
            d => new TranslationDraft("Pasted", "", ["One"], d.Paragraphs.Select((_, i) => $"Line\u000Bbreak\u000C page {i}\uFFFF and\u0001 more\u0002").ToList()),
        };
        var calls = new List<(string, object?[])>();
        var expected = new List<string>();
        foreach (var d in docs)
            foreach (var make in drafts)
            {
                var draft = make(d);
                var json = new { title = draft.Title, author = draft.Author, translators = draft.Translators, slots = draft.Slots };
                calls.Add(("renderFile", [JsonNode.Parse(Workbench.DocumentJson(d, "en")), json]));
                expected.Add(Scaffold.Render(d, "en", draft));
                // The page's third argument, with no paragraph changed, writes the same file.
                calls.Add(("renderFile", [JsonNode.Parse(Workbench.DocumentJson(d, "en")), json, d.Paragraphs.Select(_ => (object?)null).ToArray()]));
                expected.Add(Scaffold.Render(d, "en", draft));
            }
        var js = await Js(calls);
        Assert.Equal(expected, js.Select(n => n!.GetValue<string>()));
        // Written plain or quoted, every name reads back as it was typed (trimmed).
        var names = drafts[3](docs[0]).Translators;
        var written = Scaffold.Render(docs[0], "en", drafts[3](docs[0]));
        Assert.Contains("translators: [project team, Sara K., O'Brien, ژینا-رضایی, \"No\", \"null\", \"2024 team\", \"K., Sara\"", written);
        var yaml = written.Split("---\n")[1];
        Assert.Equal(names.Select(n => n.Trim()), Yaml.Read<TranslationFrontMatter>(yaml, "x.md").Translators);

        // A changed paragraph not revised keeps the hash and the wording pinned (the current wording where that is not known).
        var doc = docs[0];
        var file = Scaffold.Render(doc, "en", drafts[0](doc));
        var hashes = doc.Paragraphs.Select(PersianText.ParagraphHash).ToList();
        object?[] pins = [new { hash = "0badc0de", wording = "پیشین -- متن" }, new { hash = "0ddba11a", wording = (string?)null }, .. doc.Paragraphs.Skip(2).Select(_ => (object?)null)];
        var pinnedJs = await Js([("renderFile", [JsonNode.Parse(Workbench.DocumentJson(doc, "en")),
            new { title = drafts[0](doc).Title, author = drafts[0](doc).Author, translators = drafts[0](doc).Translators, slots = drafts[0](doc).Slots }, pins])]);
        Assert.Equal(file
            .Replace("source_hashes: [" + hashes[0] + ", " + hashes[1] + ", ", "source_hashes: [0badc0de, 0ddba11a, ")
            .Replace(Scaffold.Anchor(1, doc.Paragraphs[0]), Scaffold.Anchor(1, "پیشین -- متن")), pinnedJs[0]!.GetValue<string>());
        // And check takes every file written: nothing in it is a character no page can show.
        Assert.All(expected, file => Assert.True(Site.Text.Unshowable.IndexIn(file) < 0, file));
    }
}
