using AngleSharp.Html.Parser;
using Site.Pipeline;
using Site.Project;
using Site.Verify;

namespace Site.Tests.Verify;

public class HtmlTagsTests
{
    /// <summary>What each tag holds, taken while it is the current one.</summary>
    sealed record Seen(string Name, string? Text, Dictionary<string, string?> Attributes)
    {
        public string? Get(string name) => Attributes.GetValueOrDefault(name);
        public bool Has(string name) => Attributes.ContainsKey(name);
    }

    static List<Seen> Read(string html) =>
        HtmlTags.Read(html).Select(t => new Seen(t.Name, t.Text, t.Names.ToDictionary(n => n, n => t.Get(n)))).ToList();

    [Fact]
    public void Reads_quoted_unquoted_and_bare_attributes_and_decodes_references()
    {
        var a = Assert.Single(Read("<p>x</p>"));
        Assert.Equal("p", a.Name);
        var tags = Read("<A HREF='../x.html?a=1&amp;b=2' id=top data-x hidden class=\"a > b\">t</A><input value=\"\">");
        Assert.Equal(["a", "input"], tags.Select(t => t.Name));
        Assert.Equal("../x.html?a=1&b=2", tags[0].Get("href"));
        Assert.Equal("top", tags[0].Get("id"));
        Assert.Equal("a > b", tags[0].Get("class"));
        Assert.True(tags[0].Has("hidden"));
        Assert.Equal("", tags[0].Get("data-x"));
        Assert.Null(tags[0].Get("src"));
        Assert.Equal("", tags[1].Get("value"));
    }

    [Fact]
    public void The_first_of_a_repeated_attribute_counts()
    {
        Assert.Equal("a", Read("<p id=a id=b>").Single().Get("id"));
    }

    [Fact]
    public void Comments_script_and_style_hold_no_tags()
    {
        var html = "<!DOCTYPE html><!-- <a href=\"gone.html\"> --><script>if (a<b) document.write('<a href=\"x.html\">')</script>"
                   + "<style>p>a{}</style><script src=\"s.js\"></SCRIPT ><a href=\"y.html\">y</a>";
        Assert.Equal(["script", "style", "script", "a"], Read(html).Select(t => t.Name));
        Assert.Equal("y.html", Read(html).Last().Get("href"));
    }

    [Fact]
    public void A_title_keeps_its_text()
    {
        var title = Read("<title>A &amp; B <b>not a tag</b></title><p>").First();
        Assert.Equal("A & B <b>not a tag</b>", title.Text);
        Assert.Equal(2, Read("<title>A &amp; B <b>not a tag</b></title><p>").Count);
    }

    [Fact]
    public void Text_with_a_lone_less_than_sign_is_text()
    {
        Assert.Equal(["b"], Read("a < b <3 <b>x</b> <").Select(t => t.Name));
    }

    /// <summary>What the build reads from each page is what AngleSharp's full parser reads, on every page of the real site.</summary>
    [Fact]
    public async Task Agrees_with_AngleSharp_on_every_page_of_the_site()
    {
        var p = new TempProject("tags");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 100);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var dom = parser.ParseDocument(html);
            var tags = Read(html);
            static IEnumerable<string> Attr(IEnumerable<(string Name, string? Value)> all, string name) => all.Where(a => a.Name == name).Select(a => a.Value ?? "");
            var ours = tags.SelectMany(t => t.Attributes.Select(a => (Name: a.Key, Value: a.Value))).ToList();
            var theirs = dom.All.SelectMany(e => e.Attributes.Select(a => (Name: a.Name, Value: (string?)a.Value))).ToList();
            foreach (var name in new[] { "id", "href", "src", "rel", "lang", "dir" })
                Assert.Equal(Attr(theirs, name).Order(), Attr(ours, name).Order());
            // AngleSharp adds the html, head and body elements a page leaves out; ours has them written.
            Assert.Equal(dom.All.Select(e => e.LocalName).Order(), tags.Select(t => t.Name).Order());
            Assert.Equal(dom.Title, tags.First(t => t.Name == "title").Text);
        }
    }
}
