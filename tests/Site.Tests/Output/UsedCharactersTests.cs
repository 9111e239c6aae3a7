using Site.Output;

namespace Site.Tests.Output;

/// <summary>The characters the pages use, which the font is cut down to.</summary>
public class UsedCharactersTests
{
    [Fact]
    public void Every_character_once_in_code_point_order_pairs_as_one_and_lone_surrogates_left_out()
    {
        var used = new UsedCharacters();
        used.Add("کارگر abc");
        used.Add("a\uD83Db");            // a lone high surrogate: not a character
        used.Add("\uD83D\uDE00 \uDC00");  // the same high surrogate in a pair (😀), then a lone low one
        used.Add("کار 😀 \U0001D400");
        Assert.Equal([' ', 'a', 'b', 'c', 'ا', 'ر', 'ک', 'گ', 0x1D400, 0x1F600], used.CodePoints().Order());
        Assert.Equal([' ', 'a', 'b', 'c', 'ا', 'ر', 'ک', 'گ', 0x1D400, 0x1F600], used.CodePoints());
    }

    [Fact]
    public void Pages_written_side_by_side_give_the_same_characters_as_one_after_another()
    {
        var pages = Enumerable.Range(0, 2000).Select(i => $"<p>پیام {i} {(char)('a' + i % 26)} {char.ConvertFromUtf32(0x1F600 + i % 50)}</p>").ToList();
        var one = new UsedCharacters();
        foreach (var p in pages) one.Add(p);
        var many = new UsedCharacters();
        Parallel.ForEach(pages, p => many.Add(p));
        Assert.Equal(one.CodePoints(), many.CodePoints());
        Assert.Equal(50, one.CodePoints().Count(c => c >= 0x1F600));
    }
}
