using Site.Corpus;
using Site.Text;

namespace Site.Tests.Corpus;

/// <summary>What the editor's pass holds the committed corpus to: titles a reader can tell apart, topics that mean something.</summary>
public class EditorialTests
{
    static readonly CorpusContent Corpus = CorpusReader.Read(Path.Combine(Paths.Root, "input"), Paths.Root);

    [Fact]
    public void No_two_messages_share_a_title()
    {
        // Folded, so titles that differ only by a space, a zero-width non-joiner or ی/ي count as the same.
        var shared = Corpus.Messages.GroupBy(m => PersianText.FoldCompact(m.Title)).Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(m => m.Id)) + ": " + g.First().Title).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Every_topic_in_use_is_defined_in_topics_yml()
    {
        var defined = Corpus.Topics.Select(t => t.Slug).ToHashSet();
        Assert.Empty(Corpus.All.SelectMany(d => d.Topics.Where(t => !defined.Contains(t)).Select(t => $"{d.Id}: {t}")));
    }

    [Fact]
    public void No_topic_is_on_more_than_a_fifth_of_the_documents()
    {
        int documents = Corpus.All.Count(), limit = documents / 5;
        var crowded = Corpus.All.SelectMany(d => d.Topics).GroupBy(t => t).Where(g => g.Count() > limit)
            .Select(g => $"{g.Key}: {g.Count()} of {documents}").ToList();
        Assert.Empty(crowded);
    }

    [Fact]
    public void Titles_and_senders_are_written_in_Persian_letters()
    {
        // Arabic yeh (ي and ى) and kaf (ك) are the import's leftovers; the bodies keep the sources' letters.
        var arabic = Corpus.All.SelectMany(d => new[] { d.Title, (d as Message)?.Author ?? "", (d as Message)?.Place ?? "" }
            .Where(s => s.IndexOfAny(['\u064A', '\u0649', '\u0643']) >= 0).Select(s => $"{d.Id}: {s}")).ToList();
        Assert.Empty(arabic);
    }
}
