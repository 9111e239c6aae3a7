using Site.Text;

namespace Site.Tests.Text;

/// <summary>How a source's lines are counted, the same for the importer and the sources' pages.</summary>
public class SourceLinesTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]          // the last line break ends the last line
    [InlineData("a\r\nb", new[] { "a", "b" })]           // Windows line ends; no break at the end
    [InlineData("a\n\n", new[] { "a", "" })]            // a blank last line is a line
    [InlineData("", new string[0])]
    public void Lines_are_counted_as_the_importer_counts_them(string text, string[] lines) =>
        Assert.Equal(lines, SourceLines.Of(text));
}
