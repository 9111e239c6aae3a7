using Site.Corpus;
using Site.Import;

namespace Site.Tests.Import;

public class MessageAnalyzerTests
{
    const string Body = "ما کارگران این کارخانه سالهاست که برای دستمزد و حق تشکل و زندگی بهتر مبارزه می کنیم و امروز به کنگره پیام می فرستیم.";

    static MessageFacts Analyze(string text)
    {
        var lines = SourceText.Lines(text);
        return MessageAnalyzer.Analyze(new Segment(lines, "test"));
    }

    [Fact]
    public void Title_line_and_signature_at_the_end()
    {
        var f = Analyze($"پیام یک مادر به کنگره حزب\n{Body}\nرخسانه ریحانه\n");
        Assert.Equal(("پیام یک مادر به کنگره حزب", 1), (f.Title, f.TitleLine));
        Assert.Equal(("رخسانه ریحانه", AuthorKind.Person), (f.Author, f.AuthorKind));
    }

    [Fact]
    public void A_message_that_starts_with_its_greeting_has_no_title_line_and_a_made_title()
    {
        var f = Analyze($"عزیزان سلام\n{Body}\nجمشید محسنی معلم بازنشسته و فعال بیانیه آزادی\n");
        Assert.Null(f.TitleLine);
        Assert.Equal("جمشید محسنی", f.Author);
        Assert.Equal("پیام جمشید محسنی", f.Title);
    }

    [Theory]
    [InlineData("زنده باد سوسیالیسم\nزنده باد حزب")]
    [InlineData("با تشکر")]
    [InlineData("آبان ۱۴۰۰")]
    public void Slogans_closings_and_dates_after_the_signature_are_passed_over(string after) =>
        Assert.Equal("ساسان بیگلری", Analyze($"پیام به کنگره\n{Body}\nساسان بیگلری\n{after}\n").Author);

    [Fact]
    public void Name_and_date_on_one_line()
    {
        var f = Analyze($"به کنگره\n{Body}\nفرهاد دیلمی- آبان ۱۴۰۰\n");
        Assert.Equal("فرهاد دیلمی", f.Author);
        Assert.Equal(("آبان ۱۴۰۰", "1400-08", null), (f.Date!.Written, f.Date.Jalali, f.Date.Iso));
    }

    [Theory]
    [InlineData("۱۹-۰۸-۱۴۰۰", "1400-08-19", "2021-11-10")]
    [InlineData("١٩-٠٨-١٤٠٠", "1400-08-19", "2021-11-10")]
    [InlineData("۱۱ آذر ۱۴۰۰", "1400-09-11", "2021-12-02")]
    [InlineData("۵ دسامبر ۲۰۲۱", "1400-09-14", "2021-12-05")]
    [InlineData("هفدهم آذر هزار و چهارصد", "1400-09-17", "2021-12-08")]
    public void Dates_as_written_with_Jalali_and_ISO(string written, string jalali, string iso)
    {
        var d = Dates.Find(Site.Text.PersianText.Normalize(written))!;
        Assert.Equal((jalali, iso), (d.Jalali, d.Iso));
    }

    [Fact]
    public void The_author_named_only_in_the_title() =>
        Assert.Equal(("رها مبتکر", "ایران"), (Analyze($"پیام رها مبتکر معلمی از ایران\n{Body}\n").Author, Analyze($"پیام رها مبتکر معلمی از ایران\n{Body}\n").Place));

    [Fact]
    public void The_author_named_at_the_top()
    {
        Assert.Equal("زهره صفایی", Analyze($"سلام رفقای نازنینم\nزهره صفایی هستم عضو حزب\n{Body}\nآره رفقا قرارمون میدون آزادی تهران\nزنده باد حزب\n").Author);
        Assert.Equal("حمید صداقت", Analyze($"حمید صداقت\nتبریک به حزب و سخنی با جامعه\n{Body}\n").Author);
    }

    [Fact]
    public void Groups_as_senders()
    {
        var f = Analyze($"پیام به کنگره\n{Body}\nزنده باد انقلاب\nجمعی از کارگران لوله کش ساختمانی\nجمعی از کارگران نقاش ساختمانی\n");
        Assert.Equal(AuthorKind.Group, f.AuthorKind);
        Assert.Equal("جمعی از کارگران لوله کش ساختمانی، جمعی از کارگران نقاش ساختمانی", f.Author);
        Assert.Equal(AuthorKind.Group, Analyze($"پیام جمعی از کارگران روزمزد تهران\n{Body}\n").AuthorKind);
    }

    [Fact]
    public void Unsigned_message()
    {
        var f = Analyze($"پیام به کنگره ۱۲ حزب کمونیست کارگری\n{Body}\n");
        Assert.Equal((null, AuthorKind.Unsigned), (f.Author, f.AuthorKind));
        Assert.NotNull(f.Doubt);
    }
}
