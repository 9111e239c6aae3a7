using Site.Corpus;
using Site.Project;

namespace Site.Tests.Project;

/// <summary>Our YAML reader: the types it reads itself (the native program cannot make YamlDotNet's readers for them).</summary>
public class YamlTests
{
    [Fact]
    public void A_topics_labels_are_read_text_by_language()
    {
        var topic = Yaml.Read<Topic>("slug: women\nfa: زنان\nen: Women\nlabels: {ar: المرأة, de: Frauen}\n", "input/topics.yml");
        Assert.Equal(new Dictionary<string, string> { ["ar"] = "المرأة", ["de"] = "Frauen" }, topic.Labels);
        Assert.Equal("المرأة", topic.LabelIn("ar"));
        Assert.Equal("Women", topic.LabelIn("es"));
    }

    /// <summary>The parser every reader uses stops at the level past the limit, naming its line.</summary>
    [Fact]
    public void Yaml_nested_past_the_limit_stops_the_parser_at_its_line()
    {
        var parser = Yaml.UniqueKeys.Parser("a: 1\nb:\n  " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        var e = Assert.Throws<Yaml.NestedTooDeepException>(() => { while (parser.MoveNext()) { } });
        Assert.Equal(3, e.Line);
        Assert.Contains($"more than {Yaml.MaxDepth} levels", e.Problem);
        // As deep as the limit allows is read.
        var within = Yaml.UniqueKeys.Parser(new string('[', Yaml.MaxDepth) + new string(']', Yaml.MaxDepth));
        while (within.MoveNext()) { }
    }

    [Fact]
    public void A_label_given_twice_is_an_error_at_its_line()
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Topic>("slug: women\nen: Women\nlabels:\n  ar: المرأة\n  ar: النساء\n", "input/topics.yml", 10));
        Assert.Equal(("input/topics.yml", 14), (e.File, e.Errors[0].Line));
    }

    /// <summary>The file's bytes are checked for control characters; a quoted value can still write one as an escape.</summary>
    [Theory]
    [InlineData("\"\\x01Women\"", "U+0001")]
    [InlineData("\"Wo\\u0007men\"", "U+0007")]
    [InlineData("\"Women\\0\"", "U+0000")]
    [InlineData("\"Women\\uFFFF\"", "U+FFFF")]
    public void A_quoted_escape_of_a_character_no_page_can_show_is_an_error_at_its_line(string value, string named)
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Topic>($"slug: women\nfa: زنان\nen: {value}\n", "input/topics.yml", 10));
        var d = Assert.Single(e.Errors);
        Assert.Equal(("input/topics.yml", 12), (d.File, d.Line));
        Assert.Contains(named, d.Problem);
        Assert.StartsWith("Delete the escape", d.Fix);
    }

    [Fact]
    public void A_quoted_escape_of_half_a_character_is_an_error_at_its_line()
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Topic>("slug: women\nfa: زنان\nen: \"Wo\\uD800men\"\n", "input/topics.yml", 10));
        Assert.Equal(("input/topics.yml", 12), (e.File, e.Errors[0].Line));
    }

    [Fact]
    public void Escapes_of_what_a_page_can_show_are_read()
    {
        var topic = Yaml.Read<Topic>("slug: women\nfa: \"زنان\\u200Cها\"\nen: \"Women\\tand \\U0001F600\"\n", "input/topics.yml");
        Assert.Equal("زنان\u200Cها", topic.Fa);
        Assert.Equal("Women\tand \U0001F600", topic.En);
    }

    /// <summary>
    /// The slips of a hand edit, on a phone most of all: YamlDotNet named them in its own terms ("Operation is not
    /// valid due to the current state of the object", "found a tab character that violate indentation"), some of
    /// them lines later, and one fix served all. Each is now named at its own line, with its own fix.
    /// </summary>
    [Theory]
    [InlineData("title: x\ntranslators: [سارة\nstatus: draft\n", 4, "the list opened with '[' on this line is not closed", "Add ']'")]
    [InlineData("title: x\ntranslators: [\"Sara K., Reza]\nstatus: draft\n", 4, "a quote (\") in the list on this line is not closed", "Add the closing \"")]
    [InlineData("title: \"رسالة من حميد\nstatus: draft\n", 3, "the quote (\") that opens the value on this line is not closed", "Add \" at the end")]
    [InlineData("title: 'It''s\nstatus: draft\n", 3, "the quote (') that opens the value on this line is not closed", "Add ' at the end")]
    [InlineData("title: x\n\tstatus: draft\n", 4, "this line is indented with a tab, which YAML does not allow", "Indent with spaces")]
    public void A_hand_edits_common_slip_is_named_at_its_line(string slip, int line, string problem, string fix)
    {
        // The front-matter starts on the file's line 2, after its '---'.
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Site.Translations.TranslationFrontMatter>("lang: en\n" + slip, "input/translations/ar/messages/x.md", 2));
        var d = Assert.Single(e.Errors);
        Assert.Equal((problem, line), (d.Problem, d.Line));
        Assert.StartsWith(fix, d.Fix);
    }

    /// <summary>What the slips' reader must not take for one: quotes and brackets that are closed, escaped or doubled.</summary>
    [Theory]
    [InlineData("title: \"He said \\\"no\\\"\"")]
    [InlineData("title: 'It''s fine'")]
    [InlineData("translators: [\"K., Sara\", 'Reza']")]
    [InlineData("title: Sara's [draft] # a comment with \" in it")]
    public void Closed_quotes_and_lists_are_no_slip(string line) => Assert.Null(Yaml.CommonSlip(line + "\n", 0));
}
