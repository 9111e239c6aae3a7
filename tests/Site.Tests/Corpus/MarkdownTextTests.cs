using Site.Corpus;
using Site.Model;

namespace Site.Tests.Corpus;

public class MarkdownTextTests
{
    // A plain paragraph's HTML is not kept but made again when asked: what is made must be what Markdig made.
    [Theory]
    [InlineData("کارگران جهان متحد شوید")]
    [InlineData("a < b & c > d \"quoted\" 'single'")]
    [InlineData("۱۲ و 12: نشانه‌ها — و «گیومه»")]
    public void A_plain_paragraphs_html_is_made_as_Markdig_makes_it_and_not_kept(string text)
    {
        var p = Assert.Single(MarkdownText.Blocks(MarkdownText.Escape(text), 1, html: true));
        Assert.Equal(text, p.Text);
        Assert.Null(p.KeptHtml);
        Assert.Equal(MarkdownText.Html(Markdig.Markdown.Parse(MarkdownText.Escape(text), MarkdownText.Pipeline)[0]), p.Html);
        Assert.Equal(p.Html, new RenderedParagraph("p1", p).Html);
    }

    [Theory]
    [InlineData("متن **پررنگ**", "<strong>")]
    [InlineData("[پیوند](https://example.org/)", "href=\"https://example.org/\"")]
    [InlineData("- یک\n- دو", "<li>")]
    public void A_paragraph_with_markup_keeps_its_html(string markdown, string part)
    {
        var p = Assert.Single(MarkdownText.Blocks(markdown, 1, html: true));
        Assert.NotNull(p.KeptHtml);
        Assert.Contains(part, p.Html);
        Assert.Same(p.KeptHtml, new RenderedParagraph("p1", p).Html);
    }

    public static TheoryData<string, string, int> TooDeep => new()
    {
        // Inlines that nest hundreds deep: Markdig parses them and fails only when it renders, with no line.
        { "brackets", "one\n\n" + new string('[', 256) + "x", 2 },
        { "stars", new string('*', 600) + "x" + new string('*', 600), 0 },
        { "underscores", "one\n\n" + new string('_', 600) + "x" + new string('_', 600), 2 },
        // Blocks: a list nested on one line, and one nested by indentation, which Markdig took seconds to parse whole.
        { "list on one line", string.Concat(Enumerable.Repeat("- ", 2000)) + "x", 0 },
        { "list by indentation", "one\n\n" + string.Join("\n", Enumerable.Range(0, 950).Select(i => new string(' ', 2 * i) + "- a")), 2 + MarkdownText.MaxNesting / 2 },
        { "quotes", string.Concat(Enumerable.Repeat("> ", 2000)) + "x", 0 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Markdown_nested_too_deeply_is_an_error_at_its_line_at_once(string shape, string markdown, int line)
    {
        MarkdownText.Blocks("warm", 1, html: true);
        var time = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<MarkdownTooDeepException>(() => MarkdownText.Blocks(markdown, 10, html: true));
        Assert.True(time.Elapsed < TimeSpan.FromSeconds(0.5), $"{shape}: {time.Elapsed}");
        // The indented list is refused at the line where it passes the limit, give or take the document's own level.
        Assert.InRange(e.Line, 10 + line - 1, 10 + line + 1);
    }

    [Fact]
    public void Nesting_up_to_the_limit_renders()
    {
        var p = Assert.Single(MarkdownText.Blocks(string.Concat(Enumerable.Repeat("> ", 10)) + new string('*', 12) + "x" + new string('*', 12), 1, html: true));
        Assert.Contains("<strong>", p.Html);
    }

    [Fact]
    public void Html_that_differs_from_the_text_is_kept_even_without_markup()
    {
        // The text is normalized (Arabic yeh to Persian), the HTML is made from the source: they differ, so it is kept.
        var p = new Paragraph("کی", 1) { Html = "<p>كي</p>" };
        Assert.Equal("<p>كي</p>", p.Html);
        Assert.Equal("<p>كي</p>", new RenderedParagraph("p1", p).Html);
    }

    [Theory]
    [InlineData("one\n\ntwo &#1; three", 12, 0x1)]
    [InlineData("one\n\ntwo &#xFFFF; three", 12, 0xFFFF)]
    [InlineData("one\n\n[two](https://example.org/ \"a &#x7; title\")", 12, 0x7)]
    public void A_character_reference_to_what_no_page_can_show_is_an_error_at_its_paragraph(string markdown, int line, int character)
    {
        var e = Assert.Throws<UnshowableReferenceException>(() => MarkdownText.Blocks(markdown, 10, html: true));
        Assert.Equal((line, (char)character), (e.Line, e.Character));
        Assert.StartsWith("Delete the reference", e.Fix);
    }

    /// <summary>Link openings Markdig looks past to the end of the paragraph, each time: 160 KB of "[a](" took 13 s.</summary>
    [Theory]
    [InlineData("[a](")]
    [InlineData("![x](")]
    [InlineData("[a](#")]
    [InlineData("[a](b (")]
    [InlineData("[a][")]
    public void A_paragraph_of_endless_link_openings_is_an_error_at_its_line_at_once(string opening)
    {
        var markdown = "one\n\n" + string.Concat(Enumerable.Repeat(opening, 100_000)) + "\n\nthree";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<TooManyLinksException>(() => MarkdownText.Blocks(markdown, 10, html: true));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(12, e.Line);
        Assert.Contains($"more than {MarkdownText.MaxLinks} links", e.Problem);
    }

    /// <summary>Markdig's own depth limit, which a single line of thousands of quotes meets first, names no line: ours does.</summary>
    [Fact]
    public void Thousands_of_quotes_on_one_line_are_an_error_at_that_line()
    {
        var e = Assert.Throws<MarkdownTooDeepException>(() => MarkdownText.Blocks("one\n\n- a\n\n" + string.Concat(Enumerable.Repeat("> ", 100_000)) + "x", 10, html: true));
        Assert.Equal(14, e.Line);
    }

    /// <summary>Markdig takes each "[label]: address" off its paragraph by copying the rest: 112,000 took 22.7 s.</summary>
    [Fact]
    public void Thousands_of_link_definitions_are_an_error_at_the_one_past_the_limit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<TooManyLinksException>(() => MarkdownText.Blocks("one\n\n" + string.Concat(Enumerable.Repeat("[x]: /u\n", 40_000)), 10, html: true));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(e.Definitions);
        Assert.Equal(10 + 2 + MarkdownText.MaxLinks, e.Line);
        Assert.Contains("link definitions", e.Problem);
        Assert.Single(MarkdownText.Blocks(string.Concat(Enumerable.Repeat("[x]: /u\n", MarkdownText.MaxLinks)) + "\n[x] text", 1));
    }

    [Fact]
    public void Links_up_to_the_limit_and_escaped_brackets_are_read()
    {
        var links = string.Join(" ", Enumerable.Range(1, MarkdownText.MaxLinks).Select(i => $"[{i}](https://example.org/{i})"));
        Assert.Equal(MarkdownText.MaxLinks, Assert.Single(MarkdownText.Blocks(links, 1, html: true)).Html.Split("<a ").Length - 1);
        // Escaped, or with no '[' before them, brackets are text.
        var escaped = "[" + string.Concat(Enumerable.Repeat("a\\](", 1000));
        Assert.Equal(escaped.Replace("\\", ""), Assert.Single(MarkdownText.Blocks(escaped, 1)).Text);
        var unopened = string.Concat(Enumerable.Repeat("a](b)", 1000));
        Assert.Equal(unopened, Assert.Single(MarkdownText.Blocks(unopened, 1)).Text);
    }

    /// <summary>The plain text (search, feeds, the paragraph's hash) reads as the page does: a '[' nothing closed was dropped.</summary>
    [Theory]
    [InlineData("a [b c", "a [b c")]
    [InlineData("a ![b c", "a ![b c")]
    [InlineData("[a [b](c) d", "[a b d")]
    [InlineData("a *b c", "a *b c")]
    public void Brackets_nothing_closed_stay_in_the_text(string markdown, string text)
    {
        Assert.Equal(text, Assert.Single(MarkdownText.Blocks(markdown, 1)).Text);
    }

    [Fact]
    public void References_to_what_a_page_shows_are_read()
    {
        // A tab (a space once the text is normalized), an emoji, and U+0000, which CommonMark reads as U+FFFD.
        var p = Assert.Single(MarkdownText.Blocks("a&#9;b &#x1F600; c&#0;d", 1, html: true));
        Assert.Equal("a b \U0001F600 c\uFFFDd", p.Text);
    }
}
