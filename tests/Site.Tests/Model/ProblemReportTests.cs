using System.Diagnostics;
using System.Text.Json;
using Site.Model;

namespace Site.Tests.Model;

/// <summary>
/// The links that open a prefilled problem report. The page's own link (C#) and a paragraph's (theme/assets/site.js)
/// are made by the same rules: they must agree character for character, and decode to what was typed.
/// </summary>
public class ProblemReportTests
{
    static readonly string[] Hostile =
    [
        "plain text",
        "Say \"no\" & 'yes' #1 ?a=b&c=d + 100% <b>x</b>",
        "line 1\nline 2\r\nline 3\rline 4\u2028line 5\u2029line 6\u0085line 7\n\n\nafter blanks",
        "\u202Eoverride\u202C \u2067isolate\u2069 \u200Fmark\u200E \u061Cletter-mark",
        "  \u00A0 spaces\tand\ttabs \u3000 ",
        "پیام «کارگران» نیشکر هفت‌تپه، ۱۴۰۰ و ١٤٠٠",
        "emoji \uD83D\uDE00 and a pair",
        "!'()*~-._ all of encodeURIComponent's exceptions",
        "\uFEFFbyte order mark",
        new string('ب', 999) + "\uD83D\uDE00 cut inside a pair",
        new string('x', 1200),
    ];

    static Task<JsonElement> RunJs(object input) => Node("""
            const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            process.stdout.write(JSON.stringify(input.map(t => ({
              oneLine: r.oneLine(t), quote: r.quote([t, 'second']),
              issue: r.issueUrl('example/congress12', r.title('{0} ({1}): {2}', 'msg-001', '¶ 2', t), r.body('{0}|{1}|{2}|{3}\n{4}\n', 'msg-001', '¶ 2', 'fa, en', 'https://example.org/x.html#p2', [t, t])),
              mail: r.mailUrl('a@example.org', t, t + '\n'),
            }))));
            """, JsonSerializer.Serialize(input));

    /// <summary>Runs <paramref name="body"/> in node with theme/assets/site.js as <c>r</c>, <paramref name="stdin"/> on its input; its output as JSON.</summary>
    static async Task<JsonElement> Node(string body, string stdin)
    {
        var script = Path.Combine(Paths.Root, "theme", "assets", "site.js");
        var js = $"const r = require({JsonSerializer.Serialize(script)});\n" + body;
        var psi = new ProcessStartInfo("node", ["-e", js]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        var output = await p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, error);
        return JsonSerializer.Deserialize<JsonElement>(output);
    }

    static readonly UiStrings Templates = new() { ReportTitle = "{0} ({1}): {2}", ReportBody = "{0}|{1}|{2}|{3}\n{4}\n" };

    [Fact]
    public async Task Javascript_and_csharp_make_the_same_links()
    {
        var js = (await RunJs(Hostile)).EnumerateArray().ToList();
        for (int i = 0; i < Hostile.Length; i++)
        {
            var t = Hostile[i];
            var title = ProblemReport.Title(Templates, "msg-001", "¶ 2", t);
            var body = ProblemReport.Body(Templates, "msg-001", "¶ 2", "fa, en", "https://example.org/x.html#p2", [t, t]);
            Assert.Equal(ProblemReport.OneLine(t), js[i].GetProperty("oneLine").GetString());
            Assert.Equal(ProblemReport.Quote([t, "second"]), js[i].GetProperty("quote").GetString());
            Assert.Equal(ProblemReport.IssueUrl("example/congress12", title, body), js[i].GetProperty("issue").GetString());
            Assert.Equal(ProblemReport.MailUrl("a@example.org", t, t + "\n"), js[i].GetProperty("mail").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_link_decodes_to_the_text_and_nothing_in_it_is_left_unencoded(string text)
    {
        var url = ProblemReport.IssueUrl("example/congress12", text, text);
        var query = url[(url.IndexOf('?') + 1)..].Split('&');
        Assert.Equal(2, query.Length);
        Assert.All(query, f => Assert.Matches("^(title|body)=[A-Za-z0-9%._~-]*$", f));
        Assert.Equal(text, Uri.UnescapeDataString(query[1]["body=".Length..]));
    }

    public static TheoryData<string> Cases => [.. Hostile];

    [Fact]
    public async Task Half_a_character_becomes_a_replacement_character_in_both_rather_than_an_error()
    {
        // Written inside the script: JSON would not carry half a character there.
        const string half = "a \uD800 b \uDC00 c \uD83D\uDE00 \uDBFF\uDBFF\uDFFF";
        var csharp = ProblemReport.Escape(half);
        Assert.Equal("a \uFFFD b \uFFFD c \uD83D\uDE00 \uFFFD\uDBFF\uDFFF", Uri.UnescapeDataString(csharp));
        var js = await Node("process.stdout.write(JSON.stringify(r.escape('a \\uD800 b \\uDC00 c \\uD83D\\uDE00 \\uDBFF\\uDBFF\\uDFFF')))", "null");
        Assert.Equal(csharp, js.GetString());
    }

    [Fact]
    public void A_quote_marks_every_line_keeps_empty_ones_and_cuts_long_texts_between_characters()
    {
        Assert.Equal("> a\n>\n> b\n\n> c", ProblemReport.Quote(["a\n\nb", "  ", "c "]));
        var cut = ProblemReport.Quote([new string('ب', 999) + "\uD83D\uDE00 tail"]);
        Assert.Equal("> " + new string('ب', 999) + "…", cut);
        Assert.Equal(ProblemReport.QuoteLimit + 3, ProblemReport.Quote([new string('x', 5000)]).Length);
    }

    [Fact]
    public void A_title_is_one_line_and_keeps_zwnj()
    {
        Assert.Equal("هفت‌تپه a b c", ProblemReport.OneLine(" هفت‌تپه\na\r\n\tb\u2028 c "));
    }
}
