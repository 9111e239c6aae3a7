using System.Xml.Linq;
using Site.Downloads;

namespace Site.Tests.Downloads;

/// <summary>A paragraph of plain text becomes the same XHTML without the XML parser as with it.</summary>
public class EpubTests
{
    [Theory]
    [InlineData("<p>کارگران هفت‌تپه، «اعتصاب» ادامه دارد.</p>\n")]
    [InlineData("<p>a &amp; b &lt;c&gt; &quot;d&quot; it&#39;s</p>\n")]
    [InlineData("<h2>خانه سه دور فرهنگ</h2>\n")]
    [InlineData("<p>  spaces kept\tand a tab  </p>")]
    [InlineData("<h4>x</h4>")]
    public void Plain_text_is_made_directly_and_equals_the_parsed_element(string html)
    {
        var plain = Epub.Plain(html);
        Assert.NotNull(plain);
        Assert.Equal(Epub.Parsed(html).ToString(SaveOptions.DisableFormatting), plain.ToString(SaveOptions.DisableFormatting));
    }

    [Theory]
    [InlineData("<p>with <em>markup</em></p>\n")]
    [InlineData("<p>a named entity&nbsp;here</p>")]
    [InlineData("<p>line\r\nends XML rewrites</p>")]
    [InlineData("<p> </p>")]
    [InlineData("<p id=\"x\">attribute</p>")]
    [InlineData("<p>unclosed</h2>")]
    [InlineData("<blockquote>other element</blockquote>")]
    [InlineData("<p>a bell \u0007 XML refuses</p>")]
    [InlineData("<p>two</p>\n<p>paragraphs</p>\n")]
    public void Anything_else_goes_to_the_parser(string html) => Assert.Null(Epub.Plain(html));
}
