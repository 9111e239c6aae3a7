using Site.Text;

namespace Site.Tests.Text;

public class PersianTextTests
{
    [Theory]
    [InlineData("كنگره ي", "کنگره ی")]                    // Arabic kaf and yeh
    [InlineData("١٤٠٠", "۱۴۰۰")]                          // Arabic-Indic digits
    [InlineData("  دو   فاصله\tو\u00A0نیم  ", "دو فاصله و نیم")] // spaces collapsed and trimmed, NBSP too
    [InlineData("می\u200Cخواهم", "می\u200Cخواهم")]        // ZWNJ kept
    [InlineData("12 و ۱۲", "12 و ۱۲")]                    // Latin and Persian digits left alone
    public void Normalize_does_what_it_documents_and_nothing_else(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Theory]
    [InlineData("می\u200Cخواهم", "میخواهم")]
    [InlineData("می خواهم", "میخواهم")]
    [InlineData("ميخواهم", "میخواهم")]
    [InlineData("كارگران", "کارگران")]
    [InlineData("۱۴۰۰", "1400")]
    [InlineData("١٤٠٠", "1400")]
    [InlineData("کـــارگر", "کارگر")]                      // tatweel
    [InlineData("کارْگَر", "کارگر")]                        // diacritics
    public void Search_folding_makes_the_spellings_people_type_meet(string a, string b) =>
        Assert.Equal(PersianText.FoldCompact(b), PersianText.FoldCompact(a));

    [Fact]
    public void Normal_text_is_returned_as_it_is_and_anything_else_is_normalized()
    {
        var normal = "می‌خواهم ۱۴۰۰ را ببینم، well.";
        Assert.Same(normal, PersianText.Normalize(normal));
        Assert.Equal("a b", PersianText.Normalize("a  b"));
        Assert.Equal("a b", PersianText.Normalize(" a b "));
        Assert.Equal("a b", PersianText.Normalize("a\u00A0b"));
        Assert.Equal("a b", PersianText.Normalize("a\u2003b"));
        Assert.Equal("a b", PersianText.Normalize("a\uFEFFb"));
        Assert.Equal("کی ۳", PersianText.Normalize("\u0643\u064A \u0663"));
        Assert.Equal("", PersianText.Normalize(" "));
    }

    [Fact]
    public void Digits_are_written_in_Persian() => Assert.Equal("۱۲ و ۱۴۰۰", PersianText.Digits("12 و ١٤٠٠"));

    [Fact]
    public void Paragraph_hash_ignores_what_normalization_changes_but_not_words()
    {
        Assert.Equal(PersianText.ParagraphHash("كارگر  نفت"), PersianText.ParagraphHash("کارگر نفت"));
        Assert.NotEqual(PersianText.ParagraphHash("کارگر نفت"), PersianText.ParagraphHash("کارگر فولاد"));
        Assert.Matches("^[0-9a-f]{8}$", PersianText.ParagraphHash("کارگر"));
    }
}
