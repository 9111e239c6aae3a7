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

    [Fact]
    public void A_new_character_inside_a_run_of_ones_seen_before_is_found()
    {
        var used = new UsedCharacters();
        used.Add("<p>ab</p>");
        used.Add("<p>ab{</p>");
        used.Add("ab}ab");
        used.Add("کار ~ab");
        Assert.Equal("/<>abp{}~ اکر".Order(), used.CodePoints().Select(c => (char)c).Order());
    }

    /// <summary>Runs of ASCII already seen are skipped many at a time: whatever comes after them is still found.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void What_follows_a_skipped_run_is_found_as_a_plain_count_finds_it(int seed)
    {
        var random = new Random(seed);
        // Markup, Persian with its spaces, an English word, a pair, a lone surrogate, a control character.
        string[] parts = ["<p class=\"x\">", "</p>\n", "کارگر ", "آزادی، ", "freedom ", "\U0001F600", "\uD83D", "\t", "{~}", "ّ", "\u200C", "99"];
        var pages = Enumerable.Range(0, 300).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => parts[random.Next(parts.Length)]))).ToList();
        var used = new UsedCharacters();
        foreach (var p in pages) used.Add(p);
        var expected = new SortedSet<int>();
        foreach (var p in pages)
            for (var i = 0; i < p.Length; i++)
            {
                if (char.IsHighSurrogate(p[i]) && i + 1 < p.Length && char.IsLowSurrogate(p[i + 1])) expected.Add(char.ConvertToUtf32(p[i], p[++i]));
                else if (!char.IsSurrogate(p[i])) expected.Add(p[i]);
            }
        Assert.Equal(expected, used.CodePoints());
    }
}
