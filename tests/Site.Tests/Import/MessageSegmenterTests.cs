using Site.Import;

namespace Site.Tests.Import;

public class MessageSegmenterTests
{
    const string Header = "عنوان مجموعه\nزیرعنوان مجموعه\n";
    /// <summary>A sentence long enough to count as running text.</summary>
    const string Body = "ما کارگران این کارخانه سالهاست که برای دستمزد و حق تشکل و زندگی بهتر مبارزه می کنیم و امروز به کنگره پیام می فرستیم.";

    static IReadOnlyList<Segment> Segment(string text) => MessageSegmenter.Segment(SourceText.Lines(Header + text)).Messages;
    static IEnumerable<(int, int)> Ranges(string text) => Segment(text).Select(s => (s.FirstLine, s.LastLine));

    [Fact]
    public void The_first_two_lines_are_the_collection_not_a_message()
    {
        var (header, messages) = MessageSegmenter.Segment(SourceText.Lines(Header + "پیام به کنگره\n" + Body + "\nعلی رضایی\n"));
        Assert.Equal(["عنوان مجموعه", "زیرعنوان مجموعه"], header.Select(h => h.Text));
        Assert.Equal([(3, 5)], messages.Select(s => (s.FirstLine, s.LastLine)));
    }

    [Theory]
    [InlineData("............")]
    [InlineData("--")]
    [InlineData("***")]
    [InlineData("--.....")]
    [InlineData("  .......  ")]
    public void Separator_lines_cut(string separator) =>
        Assert.Equal([(3, 4), (6, 7)], Ranges($"پیام اول\n{Body}\n{separator}\nپیام دوم\n{Body}\n"));

    [Fact]
    public void Without_a_separator_a_signature_then_a_blank_then_a_greeting_cuts()
    {
        var text = $"پیام به کنگره\n{Body}\nرها ثابت\n \nپیام به کنگره ۱۲\n{Body}\nرامین نادری\n \nدوستان و رفقای گرامی و عزیز:\n{Body}\nندا ایرانی\n";
        Assert.Equal([(3, 5), (7, 9), (11, 13)], Ranges(text));
        Assert.Contains("no separator", Segment(text)[1].StartReason);
        Assert.NotNull(Segment(text)[1].Doubt);
    }

    [Fact]
    public void A_signature_followed_by_slogans_keeps_them_and_the_next_greeting_starts_a_message() =>
        Assert.Equal([(3, 7), (9, 10)], Ranges($"پیام به کنگره\n{Body}\nساسان بیگلری\nزنده باد حزب\nزنده باد سوسیالیسم\n \nرفقا سلام\n{Body}\n"));

    [Fact]
    public void No_cut_inside_a_message_between_a_title_and_its_greeting() =>
        Assert.Equal([(3, 6)], Ranges($"پیام کاوه طهماسبی به کنگره\n \nبا سلام\n{Body}\n"));

    [Fact]
    public void No_cut_when_the_line_after_a_short_line_is_not_an_opening() =>
        Assert.Equal([(3, 7)], Ranges($"پیام یک درجه دار\n{Body}\nبرای کنگره حزب آرزوی موفقیت می کنم\n \nیک درجه دار ارتش\n"));

    [Fact]
    public void No_cut_when_running_text_ends_in_a_sentence() =>
        Assert.Equal([(3, 6)], Ranges($"پیام به کنگره\n{Body}\n \nرفقا سلام\n"));
}
