using Site.Import;

namespace Site.Tests.Import;

public class TransliteratorTests
{
    [Theory]
    [InlineData("رخسانه ریحانه", "rokhsaneh-reyhaneh")]
    [InlineData("جمعی از کارگران روزمزد تهران", "jami-az-kargaran-rouzmozd")]
    [InlineData("ناشناس", "nashnas")]          // no dictionary entry: letter by letter
    public void Slugs_are_readable_ascii(string persian, string slug) => Assert.Equal(slug, Transliterator.Slug(persian, 4));

    [Fact]
    public void Slugs_never_hold_anything_but_ascii_letters_digits_and_hyphens() =>
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Transliterator.Slug("پیام «آزادی»، ۱۲ — ك ي ؤ ة!", 8));
}

public class LatinNameTests
{
    [Theory]
    [InlineData("شعله پایدار", "Sholeh Paydar")]
    [InlineData("جمعی از کارگران روزمزد تهران", "Jami az Kargaran Rouzmozd Tehran")]
    [InlineData("تهران، ایران", "Tehran, Iran")]
    public void Names_read_in_latin_letters(string persian, string latin) => Assert.Equal(latin, Transliterator.Latin(persian));
}
