using Site.Cli;
using Site.Corpus;
using Site.Import;
using Site.Project;

namespace Site.Tests.Import;

/// <summary>The importer on the real source documents, against a careful reading of them by hand.</summary>
public class RealSourceTests
{
    static readonly ImportResult Result = Commands.ImportFromSources(SiteConfig.Load(Paths.Root));

    /// <summary>First line of each message, from reading the whole document (69 messages).</summary>
    static readonly int[] FirstLines =
    [
        3, 15, 21, 29, 35, 41, 46, 60, 67, 90, 109, 118, 136, 142, 158, 181, 190, 204, 222, 243, 271, 283, 295, 302, 325,
        340, 364, 373, 407, 431, 441, 464, 470, 481, 501, 518, 526, 540, 546, 555, 567, 584, 602, 609, 622, 628, 641, 651,
        659, 668, 686, 698, 710, 714, 719, 723, 733, 751, 769, 781, 786, 795, 802, 827, 851, 870, 894, 907, 911,
    ];

    [Fact]
    public void Every_message_boundary_matches_the_reading_by_hand() =>
        Assert.Equal(FirstLines, Result.Messages.Select(m => m.Source.FirstLine));

    [Fact]
    public void The_collection_title_and_subtitle_are_not_a_message()
    {
        Assert.StartsWith("پیامهایی از ایران به کنگره دوازدهم", Result.Collection.Title);
        Assert.StartsWith("یک مادر دادخواه", Result.Collection.Subtitle);
    }

    [Fact]
    public void Twenty_eight_resolutions_with_the_misspelled_and_the_numbered_heading()
    {
        Assert.Equal(28, Result.Resolutions.Count);
        var fm = Result.Resolutions.Select(r => (ResolutionFrontMatter)r.FrontMatter).ToList();
        Assert.StartsWith("قطعنامه", fm[0].Title);
        Assert.StartsWith("فرار", fm[5].Title);
        Assert.True(fm[15].Proposed);
        Assert.StartsWith("۱۶- قرار", fm[15].Title);
        Assert.Single(fm, r => r.Proposed);
    }

    [Theory]
    [InlineData(1, "رخسانه ریحانه")]
    [InlineData(3, "کیان رضایی")]
    [InlineData(6, "رها مبتکر")]          // from the title
    [InlineData(10, "یاشار سهندی")]
    [InlineData(16, "میترا یارمحمد")]     // before a burial-place line
    [InlineData(24, "فرهاد دیلمی")]       // name and date on one line
    [InlineData(34, "زهره صفایی")]        // introduces herself at the top
    [InlineData(51, "رها مبتکر")]         // the same sender, twice
    [InlineData(64, "مصطفی علی پور")]     // name, then a description after a comma
    [InlineData(66, "حمید صداقت")]        // name above the title
    public void Senders(int order, string author) => Assert.Equal(author, Result.Messages[order - 1].Author);

    [Fact]
    public void The_same_sender_twice_keeps_slugs_unique()
    {
        var slugs = Result.Messages.Select(m => ((MessageFrontMatter)m.FrontMatter).Slug).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Contains("raha-mobtaker", slugs);
        Assert.Contains("raha-mobtaker-2", slugs);
    }

    [Fact]
    public void Near_repeats_are_marked_and_kept()
    {
        var dups = Result.Messages.Select(m => (MessageFrontMatter)m.FrontMatter).Where(m => m.DuplicateOf is not null).ToList();
        Assert.Equal([(68, "msg-061"), (69, "msg-061")], dups.Select(d => (d.Order, d.DuplicateOf!)));
    }

    [Fact]
    public void Every_document_has_a_topic_and_the_report_names_the_inferred_boundaries()
    {
        Assert.All(Result.All, d => Assert.NotEmpty(d.Topics));
        var report = CorpusWriter.Report(Result);
        Assert.Equal(11, report.Split('\n').Count(l => l.Contains("boundary without a separator line")));
    }

    [Fact]
    public void Import_is_deterministic()
    {
        var again = Commands.ImportFromSources(SiteConfig.Load(Paths.Root));
        Assert.Equal(Result.All.Select(CorpusWriter.Render), again.All.Select(CorpusWriter.Render));
    }

    [Fact]
    public void The_projects_sources_are_byte_identical_to_the_shared_seeds()
    {
        var seeds = Path.Combine(Paths.Root, "..", "shared", "seeds");
        if (!Directory.Exists(seeds)) return; // a clone without shared/ beside it has nothing to compare against
        foreach (var f in Directory.EnumerateFiles(seeds))
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(Paths.Sources, Path.GetFileName(f))));
    }
}
