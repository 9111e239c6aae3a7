using Site.Project;

namespace Site.Tests.Project;

/// <summary>A diagnostic as a line of output: file, line, what is wrong, the fix.</summary>
public class DiagnosticTests
{
    [Fact]
    public void Reads_file_line_problem_and_fix()
    {
        Assert.Equal("input/a.md:3: error: bad\n    fix: fix it", new Diagnostic("input/a.md", 3, "bad", "fix it").ToString());
        Assert.Equal("statiq.config: warning: odd\n    fix: look", new Diagnostic("statiq.config", 0, "odd", "look", Severity.Warning).ToString());
    }

    /// <summary>
    /// A file named to look like another diagnostic (a line break in its name, or "x.md:3: error: …") cannot forge a
    /// line of the output: its name is quoted and its control characters escaped.
    /// </summary>
    [Theory]
    [InlineData("input/x.md:3: error: fake.md", "\"input/x.md:3: error: fake.md\"")]
    [InlineData("input/a\nb.md", "\"input/a\\nb.md\"")]
    [InlineData("input/q\"\u0001.md", "\"input/q\\\"\\u0001.md\"")]
    public void A_file_name_that_could_forge_a_line_is_quoted(string file, string shown)
    {
        var line = new Diagnostic(file, 1, "bad", "fix").ToString();
        Assert.StartsWith(shown + ":1: error: bad\n", line);
        Assert.Equal(2, line.Split('\n').Length);
    }
}
