using Site.Project;
using Site.Verify;

namespace Site.Tests.Verify;

public class VerifyOutputTests
{
    const string Head = "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><title>T</title></head><body>";

    static List<string> Verify(params (string Path, string Html)[] pages)
    {
        var files = pages.Select(p => p.Path).Append("assets/site.css").ToHashSet();
        return Shown(VerifyOutput.Check(pages.Select(p => VerifyOutput.Scan(p.Path, p.Html)), files.Contains, _ => []));
    }

    /// <summary>Each problem as "page: problem" (a page's problems name the page as their file).</summary>
    static List<string> Shown(List<Diagnostic> problems) => problems.Select(d => $"{d.File}: {d.Problem}").ToList();

    [Fact]
    public void A_sound_site_passes()
    {
        Assert.Equal([], Verify(
            ("index.html", Head + "<h1 id=\"top\">A</h1><a href=\"#top\">x</a><a href=\"messages/a.html#p2\">a</a><link rel=\"stylesheet\" href=\"assets/site.css\"><a href=\"https://example.org/\">out</a><a href=\"mailto:a@b.c\">m</a></body></html>"),
            ("messages/a.html", Head + "<h1>A</h1><p id=\"p2\">…</p><a href=\"../\">home</a><a href=\"../index.html#top\">top</a></body></html>")));
    }

    [Theory]
    [InlineData("<h1>A</h1><a href=\"missing.html\">x</a>", "missing.html → missing.html does not exist")]
    [InlineData("<h1>A</h1><a href=\"b.html#nowhere\">x</a>", "no element with id \"nowhere\" in b.html")]
    [InlineData("<h1>A</h1><a href=\"#nowhere\">x</a>", "no element with id \"nowhere\" in a.html")]
    [InlineData("<h1>A</h1><a href=\"../../up.html\">x</a>", "leads outside the site")]
    // From the host's root, not the site's: the site is served from a sub-path and from file://, where this leads elsewhere.
    [InlineData("<h1>A</h1><a href=\"/b.html\">x</a>", "leads outside the site")]
    [InlineData("<h1>A</h1><img src=\"https://cdn.example/x.png\" alt=\"\">", "loads https://cdn.example/x.png from another host")]
    [InlineData("<h1>A</h1><link rel=\"stylesheet\" href=\"//cdn.example/x.css\">", "from another host")]
    [InlineData("<h1>A</h1><a href=\"javascript:alert(1)\">x</a>", "is not a link the site allows")]
    [InlineData("<h1>A</h1><h1>B</h1>", "2 <h1> elements")]
    [InlineData("<p>no heading</p>", "0 <h1> elements")]
    [InlineData("<h1 style=\"color:red\">A</h1>", "has srcset, poster, data or style")]
    [InlineData("<h1>A</h1><img src=\"b.html\" SRCSET=\"b.html 2x\" alt=\"\">", "<img> has srcset, poster, data or style")]
    [InlineData("<h1>A</h1><video poster=\"b.html\"></video>", "<video> has srcset, poster, data or style")]
    [InlineData("<h1>A</h1><object data=\"b.html\"></object>", "<object> has srcset, poster, data or style")]
    // A stylesheet is loaded (checked like src); the ID and the link are found whatever the attribute's case.
    [InlineData("<h1>A</h1><link rel=\"stylesheet\" href=\"gone.css\">", "gone.css → gone.css does not exist")]
    [InlineData("<h1 ID=\"top\">A</h1><a HREF=\"#nowhere\">x</a>", "no element with id \"nowhere\" in a.html")]
    public void Each_broken_thing_is_named(string body, string problem)
    {
        var problems = Verify(("a.html", Head + body + "</body></html>"), ("b.html", Head + "<h1>B</h1></body></html>"));
        Assert.Contains(problems, p => p.StartsWith("a.html: ") && p.Contains(problem));
    }

    [Fact]
    public void What_the_site_may_use_is_not_named()
    {
        // data on anything but <object> is not loaded; a canonical link only points; an upper-case ID is an id.
        Assert.Equal([], Verify(("a.html", Head + "<h1 ID=\"top\">A</h1><div data=\"x\"></div><link rel=\"canonical\" href=\"https://example.org/a.html\"><link rel=\"alternate\" href=\"gone.xml\"><a href=\"#top\">x</a></body></html>")));
    }

    [Fact]
    public void A_page_without_lang_dir_or_title_is_named()
    {
        var problems = Verify(("a.html", "<!DOCTYPE html><html><head><title> </title></head><body><h1>A</h1></body></html>"));
        Assert.Contains("a.html: <html> has no lang", problems);
        Assert.Contains("a.html: <html> has no dir", problems);
        Assert.Contains("a.html: no <title>", problems);
    }

    [Fact]
    public void A_link_into_a_page_not_scanned_this_time_asks_for_its_ids()
    {
        var files = new HashSet<string> { "a.html", "old.html" };
        var facts = new[] { VerifyOutput.Scan("a.html", Head + "<h1>A</h1><a href=\"old.html#p1\">x</a><a href=\"old.html#p9\">y</a></body></html>") };
        var asked = new List<string>();
        var problems = Shown(VerifyOutput.Check(facts, files.Contains, page => { asked.Add(page); return ["p1"]; }));
        Assert.Equal("a.html: old.html#p9 → no element with id \"p9\" in old.html", Assert.Single(problems));
        Assert.Contains("old.html", asked);
    }

    [Fact]
    public void Links_from_the_sites_root_path_resolve_into_the_site()
    {
        var files = new HashSet<string> { "404.html", "index.html", "assets/site.css" };
        var page = VerifyOutput.Scan("404.html", Head + "<h1>A</h1><link rel=\"stylesheet\" href=\"/c12/assets/site.css\"><a href=\"/c12/\">home</a><a href=\"/c12/gone.html\">x</a></body></html>");
        Assert.Equal(["404.html: /c12/gone.html → gone.html does not exist"], Shown(VerifyOutput.Check([page], files.Contains, _ => [], "/c12/")));
    }

    // Links are resolved once per folder: the same link must still be judged on every page, from each page's folder.
    [Fact]
    public void The_same_link_is_reported_on_every_page_and_resolved_from_each_pages_folder()
    {
        var files = new HashSet<string> { "a.html", "b.html", "m/c.html", "m/gone.html" };
        var page = "<h1>A</h1><a href=\"gone.html\">x</a><a href=\"?q\">y</a></body></html>";
        var facts = new[] { VerifyOutput.Scan("a.html", Head + page), VerifyOutput.Scan("b.html", Head + page), VerifyOutput.Scan("m/c.html", Head + page) };
        Assert.Equal(["a.html: gone.html → gone.html does not exist", "b.html: gone.html → gone.html does not exist"], Shown(VerifyOutput.Check(facts, files.Contains, _ => [])));
    }

    [Fact]
    public void A_broken_link_from_content_names_the_file_and_line_it_came_from()
    {
        var files = new HashSet<string> { "a.html", "b.html" };
        var facts = new[] { VerifyOutput.Scan("a.html", Head + "<h1>A</h1><a href=\"gone.html\">x</a></body></html>"), VerifyOutput.Scan("b.html", Head + "<h1>B</h1><a href=\"gone.html\">x</a></body></html>") };
        LinkSource sources = (page, url) => page == "a.html" && url == "gone.html" ? ("input/messages/001-a.md", 12, false) : null;
        var problems = VerifyOutput.Check(facts, files.Contains, _ => [], sources: sources);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, d => (d.File, d.Line) == ("input/messages/001-a.md", 12) && d.Problem == "gone.html → gone.html does not exist (on the page a.html)");
        Assert.Contains(problems, d => (d.File, d.Line) == ("b.html", 0) && d.Problem == "gone.html → gone.html does not exist");
    }
}
