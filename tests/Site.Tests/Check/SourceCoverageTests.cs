using Site.Check;
using Site.Project;

namespace Site.Tests.Check;

public class SourceCoverageTests
{
    static List<Diagnostic> Check(TempProject p) => Checker.Run(SiteConfig.Load(p.Root));

    [Fact]
    public void The_committed_corpus_covers_every_source_line_once() =>
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(Paths.Root)), f => !f.IsWarning);

    [Fact]
    public void A_line_deleted_from_a_message_is_named()
    {
        var p = new TempProject("check-deleted");
        var file = p.Message("012");
        var text = p.Read(file);
        var victim = text.Split("\n\n")[3];   // a paragraph of the body
        p.Write(file, text.Replace("\n\n" + victim + "\n", "\n"));

        var findings = Check(p);
        var f = Assert.Single(findings);
        Assert.Equal(file, f.File);
        Assert.Matches(@"^line \d+ of 000_378bfbe3db330b03\.txt is missing", f.Problem);
    }

    [Fact]
    public void A_line_pasted_into_a_second_message_is_named_with_its_owner()
    {
        var p = new TempProject("check-doubled");
        var from = p.Read(p.Message("001"));
        var line = from.Split("\n\n")[2].Trim();
        var into = p.Message("002");
        p.Write(into, p.Read(into) + "\n" + line + "\n");

        var f = Assert.Single(Check(p));
        Assert.Equal(into, f.File);
        Assert.Contains("belongs to another document", f.Problem);
        Assert.True(f.Line > 1);
    }

    [Fact]
    public void A_gap_between_ranges_is_named_by_source_line()
    {
        var p = new TempProject("check-gap");
        var file = p.Message("001");
        p.Write(file, p.Read(file).Replace("last_line: 12", "last_line: 11"));
        var findings = Check(p);
        Assert.Contains(findings, f => f.File.EndsWith("000_378bfbe3db330b03.txt") && f.Line == 12 && f.Problem.Contains("in no document"));
    }

    [Fact]
    public void Editors_may_mark_up_text_without_breaking_the_check()
    {
        var p = new TempProject("check-markup");
        var file = p.Message("001");
        var text = p.Read(file);
        p.Write(file, text.Replace("این آرزوی منه", "**این آرزوی منه**"));
        Assert.Empty(Check(p));
    }
}
