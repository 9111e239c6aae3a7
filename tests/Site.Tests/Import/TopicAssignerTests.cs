using Site.Corpus;
using Site.Import;

namespace Site.Tests.Import;

public class TopicAssignerTests
{
    static readonly TopicAssigner Assigner = new(
    [
        new Topic { Slug = "greetings" },
        new Topic { Slug = "environment", Keywords = ["کشاورز", "رودخانه", "آلودگی"] },
        new Topic { Slug = "prisoners", Keywords = ["=زندان", "شکنجه", "زندانی سیاسی"] },
        new Topic { Slug = "women", Keywords = ["زنان", "زن", "حجاب"] },
        new Topic { Slug = "oil", Keywords = ["نفت", "پیمانکار", "کارگران نفت"] },
        new Topic { Slug = "teachers", Keywords = ["معلم", "تجمع"] },
    ]);

    static List<string> Assign(string title, params string[] paragraphs) => Assigner.Assign(title, paragraphs);

    [Fact]
    public void A_surname_that_is_also_a_word_is_not_a_topic() =>
        Assert.Equal(["greetings"], Assign("پیام خانواده", "ما خانواده غلام کشاورز خسته نباشید میگوییم.", "با احترام خانواده غلام کشاورز"));

    [Fact]
    public void Two_different_cues_make_a_topic() =>
        Assert.Equal(["environment"], Assign("پیام", "خشک شدن رودخانه زندگی ما کشاورزان را به نابودی کشانده است."));

    [Fact]
    public void One_cue_in_the_title_is_enough() =>
        Assert.Equal(["environment"], Assign("پیام یک کشاورز از اصفهان", "کنگره خوبی داشته باشید."));

    [Fact]
    public void A_metaphor_in_passing_is_not_a_topic() =>
        Assert.Equal(["women"], Assign("قرار", "حجاب زندان متحرک زنان و دیوار آپارتاید جنسی است."));

    [Fact]
    public void A_keyword_marked_whole_word_does_not_find_longer_words()
    {
        Assert.Equal(["greetings"], Assign("پیام", "زندانیان آزاد باید گردد و شکنجه ممنوع."));
        Assert.Equal(["prisoners"], Assign("پیام", "در زندان شکنجه میشوند."));
    }

    [Fact]
    public void A_short_keyword_is_a_whole_word() =>
        Assert.Equal(["greetings"], Assign("پیام", "زندگی ما سخت است و زنده باد آزادی."));

    [Fact]
    public void At_most_four_topics_the_most_named_first() =>
        Assert.Equal(["oil", "women", "prisoners", "environment"], Assign("پیام",
            "نفت نفت نفت پیمانکار پیمانکار", "زنان زنان حجاب حجاب", "زندان شکنجه زندان", "کشاورز رودخانه", "معلم تجمع"));

    [Fact]
    public void A_keyword_inside_another_ones_match_is_not_a_second_cue()
    {
        Assert.Equal(["greetings"], Assign("پیام", "ما کارگران نفت هستیم و درود میفرستیم."));
        Assert.Equal(["oil"], Assign("پیام", "ما کارگران نفت با پیمانکاران می‌جنگیم."));
    }
}
