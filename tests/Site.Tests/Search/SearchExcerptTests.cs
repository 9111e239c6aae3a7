using System.Diagnostics;
using System.Text.Json;

namespace Site.Tests.Search;

/// <summary>
/// A result's excerpt (theme/assets/search.js, run in Node): found in the folded text, shown in the text as written,
/// the matched words whole and marked.
/// </summary>
public class SearchExcerptTests
{
    /// <summary>The marked pieces and the whole excerpt of <paramref name="text"/> for <paramref name="query"/>, as the page makes them.</summary>
    /// <summary>
    /// Runs <paramref name="body"/> in Node with the page's script as <c>s</c> and <paramref name="input"/> as
    /// <c>input</c>; what it writes to its output is read as JSON.
    /// </summary>
    static async Task<JsonElement> Script(string body, object? input = null)
    {
        var script = Path.Combine(Paths.Root, "theme", "assets", "search.js");
        var js = $"const s = require({JsonSerializer.Serialize(script)}); const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n" + body;
        var psi = new ProcessStartInfo("node", ["-e", js]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(JsonSerializer.Serialize(input));
        p.StandardInput.Close();
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>The marked pieces and the whole excerpt of <paramref name="text"/> for <paramref name="query"/>, as the page makes them.</summary>
    static async Task<(string[] Marked, string Shown)> Excerpt(string text, string query)
    {
        var result = await Script("""
            const e = s.excerpt(input[0], s.queries(input[1])[0].split(' '));
            process.stdout.write(JSON.stringify([e.parts.filter(p => p[1]).map(p => p[0]), e.parts.map(p => p[0]).join('')]));
            """, new[] { text, query });
        return (result[0].EnumerateArray().Select(e => e.GetString()!).ToArray(), result[1].GetString()!);
    }

    /// <summary>The addresses the offline search finds among records of <paramref name="texts"/> (a.html, b.html …), for each query, in their order.</summary>
    static async Task<string[][]> Found(string[] texts, params string[] queries)
    {
        var records = texts.Select((t, i) => new[] { $"{(char)('a' + i)}.html", $"t{i}", "", "", "", t }).ToArray();
        var r = await Script("""
            const found = q => s.merged(s.queries(q).map(f => s.find(input[0], f)), h => h.record[0]).map(m => m.hit.record[0]);
            process.stdout.write(JSON.stringify(input[1].map(found)));
            """, new object[] { records, queries });
        return [.. r.EnumerateArray().Select(q => q.EnumerateArray().Select(e => e.GetString()!).ToArray())];
    }

    /// <summary>
    /// A query typed with a ZWNJ («هفت‌تپه», what a Persian keyboard writes) found only the texts that wrote the word
    /// so (4 of 13 on the site), and the same query with a space found all. It is now also looked for with a space
    /// there, after the joined form, whose results come first: the parts alone («بی» of «بی‌صدایان») would rank a
    /// text below every text holding a common part. «می‌» and plurals are joined in both forms, as the index joins them.
    /// </summary>
    [Fact]
    public async Task A_query_with_a_zwnj_finds_the_words_written_apart_too()
    {
        var found = await Found(["کارگران هفت‌تپه", "کارگران هفت تپه و هفت تپه", "کارگران نیشکر"], "هفت‌تپه", "هفت تپه");
        var forms = await Script("process.stdout.write(JSON.stringify([s.queries('می‌خواهم کارگر‌ها'), s.queries('هفت‌تپه')]));");
        // The text that writes it as typed first, though the other holds the parts more often.
        Assert.Equal(["a.html", "b.html"], found[0]);
        Assert.Equal(["b.html", "a.html"], found[1]);
        Assert.Equal(["میخواهم کارگرها"], forms[0].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["هفتتپه", "هفت تپه"], forms[1].EnumerateArray().Select(e => e.GetString()));
        // The excerpt marks the word however the text writes it.
        Assert.Equal(["هفت‌تپه"], (await Excerpt("کارگران هفت‌تپه در اعتصاب", "هفت‌تپه")).Marked);
    }

    /// <summary>
    /// «می‌خواهیم» ("we want") is not found in «نمی‌خواهیم» ("we do not want"), written joined, with a ZWNJ or apart,
    /// by the offline search or in the excerpt's marks: the offline copy found texts that held only the negative, and
    /// marked the negative where a text held both.
    /// </summary>
    [Fact]
    public async Task A_verb_is_not_found_in_its_negative()
    {
        var found = await Found(["ما این را نمی‌خواهیم و نمیخواهیم و نمی خواهیم", "ما آزادی می‌خواهیم", "نان میخواهیم"], "می‌خواهیم", "میخواهیم", "نمی‌خواهیم", "خواهیم");
        string[] Of(int i) => [.. found[i].Order(StringComparer.Ordinal)];
        Assert.Equal(["b.html", "c.html"], Of(0));
        Assert.Equal(["b.html", "c.html"], Of(1));
        Assert.Equal(["a.html"], Of(2));
        Assert.Equal(["a.html", "b.html", "c.html"], Of(3));
        // Where a text holds both, the affirmative is marked.
        Assert.Equal(["می‌خواهیم"], (await Excerpt("ما این را نمی‌خواهیم، ما آزادی می‌خواهیم", "می‌خواهیم")).Marked);
    }

    [Fact]
    public async Task English_keeps_its_capitals_and_the_whole_word_is_marked()
    {
        var (marked, shown) = await Excerpt("Message from the Haft Tappeh Workers.\nDear comrades of Khavaran.", "worker khavaran");
        Assert.Equal(["Workers", "Khavaran"], marked);
        Assert.Equal("Message from the Haft Tappeh Workers. · Dear comrades of Khavaran.", shown);   // paragraphs apart
    }

    [Theory]
    [InlineData("میخواهم", "می خواهم")]              // joined in the query, a space in the text
    [InlineData("می\u200Cخواهم", "می خواهم")]
    [InlineData("کتاب", "کتاب‌های")]                  // the ZWNJ of the text is kept, and the word marked whole
    [InlineData("پناهجویان", "پَناهـــجویان")]       // diacritic and tatweel as written
    [InlineData("مدرسة", "مدرسة")]                  // Arabic ة, folded to find, shown as written
    public async Task Persian_and_arabic_are_shown_as_written(string query, string expected)
    {
        var text = "من می خواهم درست عمل کنید و کتاب‌های کارگران را بخوانید. پَناهـــجویان در مدرسة";
        var (marked, shown) = await Excerpt(text, query);
        Assert.Equal([expected], marked);
        Assert.Contains(shown, text);   // a piece of the text, word for word
        Assert.Contains(expected, shown);
    }

    [Fact]
    public async Task A_match_after_the_title_is_shown_rather_than_the_title_shown_above_it()
    {
        var body = string.Join(" ", Enumerable.Range(1, 40).Select(i => "word" + i));
        var (marked, shown) = await Excerpt("Workers of the world\n" + body + " the workers unite", "workers");
        Assert.Equal(["workers"], marked);
        Assert.DoesNotContain("Workers of the world", shown);
    }

    [Fact]
    public async Task A_long_text_is_cut_at_white_space_around_the_first_match()
    {
        var text = string.Join(" ", Enumerable.Range(1, 60).Select(i => "word" + i)) + " Khavaran " + string.Join(" ", Enumerable.Range(61, 60).Select(i => "word" + i));
        var (marked, shown) = await Excerpt(text, "khavaran");
        Assert.Equal(["Khavaran"], marked);
        Assert.Contains(" Khavaran ", shown);
        Assert.InRange(shown.Length, 100, 170);
        Assert.All(shown.Split(' '), w => Assert.Matches("^(word[0-9]+|Khavaran)$", w));
    }
}
