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

    [Fact]
    public void A_label_given_twice_is_an_error_at_its_line()
    {
        var e = Assert.Throws<SiteError>(() => Yaml.Read<Topic>("slug: women\nen: Women\nlabels:\n  ar: المرأة\n  ar: النساء\n", "input/topics.yml", 10));
        Assert.Equal(("input/topics.yml", 14), (e.File, e.Errors[0].Line));
    }
}
