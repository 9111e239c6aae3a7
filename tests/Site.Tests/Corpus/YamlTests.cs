using System.Reflection;
using Site.Corpus;
using YamlDotNet.Serialization.NamingConventions;
using Site.Project;

namespace Site.Tests.Corpus;

public class YamlTests
{
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
