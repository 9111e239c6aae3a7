using Site.Corpus;
using Site.Render;

namespace Site.Tests.Render;

public class DisplayTests
{
    [Theory]
    [InlineData("2021-11-10", "۱۰ نوامبر ۲۰۲۱", "10 November 2021", "10 نوفمبر 2021")]
    [InlineData("2020-02-29", "۲۹ فوریه ۲۰۲۰", "29 February 2020", "29 فبراير 2020")]
    public void Gregorian_dates_read_in_each_language(string iso, string fa, string en, string ar)
    {
        var d = new DateInfo { Written = "w", Iso = iso };
        Assert.Equal(fa, Display.Gregorian(d));
        var theme = Path.Combine(Paths.Root, "theme");
        Assert.Equal(en, Site.Model.UiStrings.Load(theme, "en").GregorianDate(d.IsoDate!.Value));
        Assert.Equal(ar, Site.Model.UiStrings.Load(theme, "ar").GregorianDate(d.IsoDate!.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2021-02-29")]
    [InlineData("2021-1-10")]
    public void No_gregorian_date_without_a_valid_iso_one(string? iso) =>
        Assert.Null(Display.Gregorian(new DateInfo { Written = "w", Iso = iso }));

    [Fact]
    public void Jalali_dates_read_in_persian_or_as_written()
    {
        Assert.Equal("۱۹ آبان ۱۴۰۰", Display.Jalali(new DateInfo { Written = "w", Jalali = "1400-08-19" }));
        Assert.Equal("آبان ۱۴۰۰", Display.Jalali(new DateInfo { Written = "w", Jalali = "1400-08" }));
        Assert.Equal("هفدهم آذر", Display.Jalali(new DateInfo { Written = "هفدهم آذر" }));
    }

    [Theory]
    [InlineData("1400-08", "October–November 2021", "أكتوبر–نوفمبر 2021")]
    [InlineData("1400-10", "December 2021–January 2022", "ديسمبر 2021–يناير 2022")]
    [InlineData("1400-12", "February–March 2022", "فبراير–مارس 2022")]
    public void A_jalali_month_without_its_day_names_the_gregorian_months_it_spans(string jalali, string en, string ar)
    {
        var (first, last) = Display.JalaliMonthSpan(new DateInfo { Written = "w", Jalali = jalali })!.Value;
        var theme = Path.Combine(Paths.Root, "theme");
        Assert.Equal(en, Site.Model.UiStrings.Load(theme, "en").GregorianSpan(first, last));
        Assert.Equal(ar, Site.Model.UiStrings.Load(theme, "ar").GregorianSpan(first, last));
        Assert.Null(Display.JalaliMonthSpan(new DateInfo { Written = "w", Jalali = "1400-08-19", Iso = "2021-11-10" }));
    }
}
