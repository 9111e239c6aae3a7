using System.Reflection;
using Site.Corpus;
using Site.Project;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Tests.Project;

/// <summary>
/// Our YAML reader: the types it reads itself (the native program cannot make YamlDotNet's readers for them), with
/// YamlDotNet's naming conventions, and its errors at their lines.
/// </summary>
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
    [InlineData("title: x\nauthor:\u00A0Sara\nstatus: draft\n", 4, "a no-break space (U+00A0) stands where YAML needs an ordinary space after 'author:'", "Delete that space")]
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

    static IEnumerable<Type> SiteTypes => typeof(Yaml).Assembly.GetTypes().Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

    [Fact]
    public void Field_names_are_the_ones_YamlDotNets_underscored_convention_gives()
    {
        var names = SiteTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Select(p => p.Name).Distinct().ToList();
        Assert.Contains("FirstLine", names);
        foreach (var name in names)
        {
            var snake = Yaml.SnakeCase.Instance.Apply(name);
            Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), snake);
            Assert.Equal(name, Yaml.SnakeCase.Instance.Reverse(snake));
        }
    }

    [Fact]
    public void Enum_values_are_the_ones_YamlDotNets_lower_case_convention_gives()
    {
        var values = SiteTypes.Where(t => t.IsEnum).SelectMany(Enum.GetNames).ToList();
        Assert.Contains("Unsigned", values);
        foreach (var value in values)
        {
            Assert.Equal(LowerCaseNamingConvention.Instance.Apply(value), Yaml.LowerCase.Instance.Apply(value));
            Assert.Equal(value, Yaml.LowerCase.Instance.Reverse(Yaml.LowerCase.Instance.Apply(value)));
        }
    }

    [Theory]
    [InlineData("first_line: 3\nlast_line: 5\nfile: a.txt", 3, 5)]
    [InlineData("file: a.txt\nfirst_line: 12\nlast_line: 14", 12, 14)]
    public void Reads_snake_case_fields_into_properties(string yaml, int first, int last)
    {
        var source = Yaml.Read<SourceRef>(yaml, "x.md");
        Assert.Equal((first, last, "a.txt"), (source.FirstLine, source.LastLine, source.File));
    }

    [Fact]
    public void A_pascal_case_field_is_an_unknown_field()
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<SourceRef>("FirstLine: 3", "x.md", firstLine: 2));
        Assert.Contains("unknown field 'FirstLine'", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Sets_every_kind_of_value_a_front_matter_has()
    {
        var m = Yaml.Read<MessageFrontMatter>(
            "id: msg-001\nslug: a-b\norder: 7\ntitle: عنوان\nauthor_kind: group\nauthor: جمعی\nplace:\n" +
            "date:\n  written: w\n  iso: 2021-03-21\ntopics: [x, y]\nsource:\n  file: f.txt\n  first_line: 3\n  last_line: 9\n  title_line: 2\n", "m.md");
        Assert.Equal(("msg-001", "a-b", 7, "عنوان", "جمعی"), (m.Id, m.Slug, m.Order, m.Title, m.Author));
        Assert.Equal(AuthorKind.Group, m.AuthorKind);
        Assert.Null(m.Place);
        Assert.Equal(new DateOnly(2021, 3, 21), m.Date!.IsoDate);
        Assert.Equal(["x", "y"], m.Topics);
        Assert.Equal(new SourceRef { File = "f.txt", FirstLine = 3, LastLine = 9, TitleLine = 2 }, m.Source);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_line()
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<SourceRef>("file: a\nfirst_line: three", "x.md", firstLine: 2));
        Assert.Equal(3, e.Line);
    }

    // Volunteers read these: the field and the kind of value it takes, never a .NET type.
    [Theory]
    [InlineData("order: three", 1, "'order' should be a number", "digits")]
    [InlineData("order: [3]", 1, "'order' should be a number", "digits")]
    [InlineData("title: t\nauthor: [a, b]", 2, "'author' should be text", "quotes")]
    [InlineData("title: t\nauthor:\n  name: x", 3, "'author' should be text", "quotes")]
    [InlineData("author:\n- a\n- b", 2, "'author' should be text", "quotes")]
    [InlineData("topics: oil", 1, "'topics' should be a list", "[first, second]")]
    [InlineData("source:\n  file: f\n  first_line: [1]", 3, "'first_line' should be a number", "digits")]
    public void A_value_of_the_wrong_kind_is_named_in_words(string yaml, int line, string problem, string fix)
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<MessageFrontMatter>(yaml, "m.md"));
        Assert.Equal((line, problem), (e.Line, e.Problem));
        Assert.Contains(fix, e.Fix);
        Assert.DoesNotContain("System.", e.Message);
    }

    // The last one used to win: "status: draft" then "status: reviewed" published "reviewed".
    [Theory]
    [InlineData("id: msg-001\nslug: a\nid: msg-002", 4, 6, "'id' is given twice, on lines 4 and 6")]
    [InlineData("id: x\nsource:\n  file: f.txt\n  first_line: 3\n  first_line: 4", 4, 8, "'first_line' is given twice, on lines 7 and 8")]
    [InlineData("id: x\ndate: {written: w, written: v}", 1, 2, "'written' is given twice, on lines 2 and 2")]
    public void A_key_given_twice_is_an_error_naming_both_lines(string yaml, int firstLine, int line, string problem)
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<MessageFrontMatter>(yaml, "m.md", firstLine));
        Assert.Equal(("m.md", line), (e.File, e.Line));
        Assert.StartsWith(problem, e.Problem);
        Assert.Contains("delete the other line", e.Fix);
    }

    /// <summary>A choice mistyped (a reviewer's "reviewd") is told the choices, not how the value failed to parse.</summary>
    [Theory]
    [InlineData("status: reviewd")]
    [InlineData("status: \"\"")]
    [InlineData("status: [draft, reviewed]")]
    public void A_choice_not_among_its_values_names_them(string status)
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Site.Translations.TranslationFrontMatter>("lang: en\n" + status + "\ntitle: T\n", "t.md", 2));
        Assert.Equal(("t.md", 3), (e.File, e.Line));
        Assert.Equal("'status' should be one of: draft, reviewed", e.Problem);
        Assert.Contains("status: draft", e.Fix);
    }

    [Fact]
    public void The_same_key_in_different_mappings_is_not_given_twice()
    {
        var t = Yaml.Read<TopicsFile>("topics:\n  - slug: a\n    fa: x\n  - slug: b\n    fa: y\n", "topics.yml");
        Assert.Equal(["a", "b"], t.Topics.Select(x => x.Slug));
        var m = Yaml.Read<MessageFrontMatter>("id: x\nsource: {file: f, first_line: 1}\ndate: {written: w, iso: 2021-03-21}", "m.md");
        Assert.Equal("x", m.Id);
    }
}
