using Site.Corpus;
using Site.Project;

namespace Site.Tests.Corpus;

public class FrontMatterFileTests
{
    [Theory]
    [InlineData("---\nid: a\ntitle: b\n---\nFirst.\n\nSecond.\n", "id: a\ntitle: b", "First.\n\nSecond.\n", 5)]
    [InlineData("---\r\nid: a\r\n---\r\nText\r\n", "id: a", "Text\n", 4)]
    [InlineData("---\n---\nText", "", "Text", 3)]
    [InlineData("--- \nid: a\n  ---  \n", "id: a", "", 4)]
    [InlineData("---\nid: a\n---", "id: a", "", 4)]
    public void Splits_yaml_and_body_and_counts_lines(string text, string yaml, string body, int bodyLine)
    {
        var f = FrontMatterFile.Parse("x.md", text);
        Assert.Equal(yaml, f.Yaml);
        Assert.Equal(body, f.Body);
        Assert.Equal(2, f.YamlFirstLine);
        Assert.Equal(bodyLine, f.BodyFirstLine);
    }

    [Theory]
    [InlineData("id: a\n---\nText\n", 1, "does not start with front-matter")]
    [InlineData("---\nid: a\nText\n", 4, "not closed")]
    [InlineData("---\nid: a\nText", 3, "not closed")]
    [InlineData("---", 1, "not closed")]
    [InlineData("---\nid: a\n---\nText\nmore \u0007 text\n", 5, "U+0007")]
    public void Names_the_line_of_what_is_wrong(string text, int line, string problem)
    {
        var e = Assert.Throws<SiteError>(() => FrontMatterFile.Parse("x.md", text));
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem);
        Assert.False(string.IsNullOrWhiteSpace(e.Fix));
    }

    [Fact]
    public void LineOf_finds_a_key_in_the_file()
    {
        var f = FrontMatterFile.Parse("x.md", "---\nid: a\ntopics:\n- x\nslug: s\n---\nText\n");
        Assert.Equal(5, f.LineOf("slug"));
        Assert.Equal(2, f.LineOf("missing"));
    }
}
