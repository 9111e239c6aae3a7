using System.Reflection;
using Site.Corpus;
using YamlDotNet.Serialization.NamingConventions;

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
}
