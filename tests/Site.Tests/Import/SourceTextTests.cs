using Site.Import;

namespace Site.Tests.Import;

public class SourceTextTests
{
    [Theory]
    [InlineData("............")]
    [InlineData("--")]
    [InlineData("***")]
    [InlineData("--.................")]
    [InlineData(" ...............  ")]
    [InlineData("\u00A0.............")]   // a no-break space before the dots, as in the source
    [InlineData(". - * . -")]
    public void Separator_lines_of_any_mixture_and_length(string line) =>
        Assert.Equal(LineKind.Separator, SourceText.Classify(Site.Text.PersianText.Normalize(line)));

    [Theory]
    [InlineData("-")]
    [InlineData("الف- گسترش")]
    [InlineData("۱۹-۰۸-۱۴۰۰")]
    [InlineData("رفقا !")]
    public void Text_is_not_a_separator(string line) =>
        Assert.NotEqual(LineKind.Separator, SourceText.Classify(Site.Text.PersianText.Normalize(line)));

    [Fact]
    public void Lines_are_numbered_from_one_and_white_space_lines_are_blank()
    {
        var lines = SourceText.Lines("اول\n \u00A0\nسوم\n");
        Assert.Equal(3, lines.Count);
        Assert.Equal((1, LineKind.Content), (lines[0].Number, lines[0].Kind));
        Assert.Equal(LineKind.Blank, lines[1].Kind);
        Assert.Equal(3, lines[2].Number);
    }
}
