using Site.Check;
using Site.Project;

namespace Site.Tests.Check;

public class SourceCoverageTests
{
    static List<Diagnostic> Check(TempProject p) => Checker.Run(SiteConfig.Load(p.Root));

    /// <summary>A copy of the project without its translations: these tests break originals, and a translation of a broken original has its own findings.</summary>
    static TempProject Untranslated(string name)
    {
        var p = new TempProject(name);
        Directory.Delete(p.PathOf("input/translations"), true);
        return p;
    }

    [Fact]
    public void The_committed_corpus_covers_every_source_line_once() =>
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(Paths.Root)), f => !f.IsWarning);

    [Fact]
    public void A_line_deleted_from_a_message_is_named()
    {
        var p = Untranslated("check-deleted");
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
    public void A_corpus_in_another_folder_is_named_by_that_folder()
    {
        var p = Untranslated("check-elsewhere");
        Directory.Move(p.PathOf("input"), p.PathOf("corpus"));
        p.Write("statiq.config", p.Read("statiq.config").Replace("input: input", "input: corpus"));
        p.Write("corpus/sources/stray.txt", "a line that no document holds\n");

        var f = Assert.Single(Check(p));
        Assert.Equal("corpus/sources/stray.txt", f.File);
    }

    [Fact]
    public void A_line_pasted_into_a_second_message_is_named_with_its_owner()
    {
        var p = Untranslated("check-doubled");
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
        var p = Untranslated("check-gap");
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

    [Fact]
    public void A_retitled_document_keeps_the_source_heading_in_front_matter_and_its_paragraphs_in_place()
    {
        // msg-010 was retitled by its sender's name; its source heading stands in source.heading.
        var p = Untranslated("check-heading");
        var file = p.Message("010");
        var text = p.Read(file);
        Assert.Contains("  heading: پیام به کنگره ۱۲ حزب کمونیست کارگری ایران", text);
        Assert.Empty(Check(p));

        // A heading that is not the source's line is named at its own line.
        p.Write(file, text.Replace("  heading: پیام به کنگره ۱۲", "  heading: پیام به کنگره ۱۳"));
        var f = Assert.Single(Check(p), d => d.Problem.Contains("is not in the source"));
        Assert.Equal(p.Read(file).Split('\n').ToList().FindIndex(l => l.StartsWith("  heading:")) + 1, f.Line);

        // Without the heading, the new title alone does not stand for the source line.
        p.Write(file, string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("  heading:"))));
        Assert.Contains(Check(p), d => d.Problem.Contains("missing") || d.Problem.Contains("not in the source"));
    }
}
