using Site.Project;

namespace Site.Tests.Cli;

/// <summary>check --format github: one workflow annotation per problem, on its file and line.</summary>
public class CheckFormatTests
{
    [Fact]
    public void A_diagnostic_becomes_a_workflow_annotation_with_its_fix()
    {
        var d = new Diagnostic("input/translations/en/messages/a,b.md", 12, "50% done: paragraph 3\nis empty", "Write it.", Severity.Warning);
        Assert.Equal("::warning file=input/translations/en/messages/a%2Cb.md,line=12::50%25 done: paragraph 3%0Ais empty%0Afix: Write it.", d.ToGitHubAnnotation());
        Assert.Equal("::error file=statiq.config::bad%0Afix: fix", new Diagnostic("statiq.config", 0, "bad", "fix").ToGitHubAnnotation());
    }

    [Fact]
    public void Check_writes_annotations_and_still_fails_on_errors()
    {
        var (p, file) = Translations.TranslationFixture.Filled("annotations", i => i == 2 ? "" : $"English paragraph {i}.");
        var output = new StringWriter();
        var old = Console.Out;
        int code;
        lock (ConsoleLock.Gate)
        {
            Console.SetOut(output);
            try { code = Site.Cli.Commands.Create().Parse(["check", "--format", "github", "--root", p.Root]).Invoke(); }
            finally { Console.SetOut(old); }
        }
        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"::error file={file},line=", StringComparison.Ordinal) && l.Contains("paragraph 2 is not translated yet"));
        Assert.Equal(1, Site.Cli.Commands.Create().Parse(["check", "--format", "xml", "--root", p.Root]).Invoke());
    }
}

/// <summary>Tests that redirect the console take turns.</summary>
public static class ConsoleLock
{
    public static readonly object Gate = new();
}
