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

    [Fact]
    public void Html_that_differs_from_the_text_is_kept_even_without_markup()
    {
        // The text is normalized (Arabic yeh to Persian), the HTML is made from the source: they differ, so it is kept.
        var p = new Paragraph("کی", 1) { Html = "<p>كي</p>" };
        Assert.Equal("<p>كي</p>", p.Html);
        Assert.Equal("<p>كي</p>", new RenderedParagraph("p1", p).Html);
    }
}
