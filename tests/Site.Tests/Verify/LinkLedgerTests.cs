using Site.Project;
using Site.Verify;

namespace Site.Tests.Verify;

public class LinkLedgerTests
{
    const string Head = "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><title>T</title><link rel=\"stylesheet\" href=\"{0}assets/site.css\"></head><body>";

    static string Page(string up, string body) => string.Format(Head, up) + body + "</body></html>";

    /// <summary>A small site with one of each thing verification judges, sound and broken, from two folders.</summary>
    static readonly (string Path, string Html)[] Site =
    [
        ("index.html", Page("", "<h1 id=\"top\">A</h1><a href=\"#top\">x</a><a href=\"messages/a.html#p2\">a</a><a href=\"messages/a.html#p9\">b</a><a href=\"https://example.org/\">out</a><a href=\"mailto:a@b.c\">m</a>")),
        ("messages/a.html", Page("../", "<h1>A</h1><p id=\"p2\">…</p><a href=\"../\">home</a><a href=\"../index.html#top\">top</a><a href=\"b.html\">b</a><a href=\"gone.html\">gone</a><a href=\"?q#p2\">self</a><a href=\"#nowhere\">n</a>"
            + "<a href=\"./b.html\">b</a><a href=\"../about/\">about</a><a href=\"../messages/./a.html\">a</a><a href=\"x/../b.html\">b</a><a href=\"../messages//a.html\">a</a><a href=\"b.html/\">b</a><a href=\"..\">up</a><a href=\"../../x.html\">x</a><a href=\"B.html\">B</a><a href=\"b%2Ehtml\">b</a><a href=\"b.html?x\">b</a>")),
        ("messages/b.html", Page("../", "<h1>B</h1><a href=\"a.html\">a</a><a href=\"gone.html\">gone</a><a href=\"../../up.html\">up</a><a href=\"javascript:x()\">j</a><img src=\"https://cdn.example/x.png\" alt=\"\"><a href=\"../feed.xml\">feed</a><a href=\"../gone.xml\">feed</a>")),
        ("about/index.html", Page("../", "<h1>C</h1><h1>D</h1><a href=\"../messages/a.html\">a</a><a href=\"../messages/\">list</a><link rel=\"stylesheet\" href=\"../assets/gone.css\">")),
    ];

    static readonly HashSet<string> Files = [.. Site.Select(p => p.Path), "assets/site.css", "feed.xml"];

    static List<string> Shown(List<Diagnostic> problems) => problems.Select(d => $"{d.File}: {d.Problem}").ToList();

    static HashSet<string> IdsOf(string page) => VerifyOutput.Scan(page, Site.Single(p => p.Path == page).Html).Ids;

    [Fact]
    public void It_finds_what_verifying_every_page_at_the_end_finds()
    {
        var atTheEnd = Shown(VerifyOutput.Check(Site.Select(p => VerifyOutput.Scan(p.Path, p.Html)), Files.Contains, IdsOf));
        var ledger = new LinkLedger(Site.Select(p => p.Path).ToHashSet(), null);
        foreach (var (path, html) in Site) ledger.Scan(path, html.AsMemory());
        var asWritten = Shown(ledger.Check(Files.Contains, IdsOf));
        // Not empty: the site above is meant to have one of each problem.
        Assert.True(atTheEnd.Count >= 9, string.Join("\n", atTheEnd));
        Assert.Equal(atTheEnd, asWritten);
    }

    [Fact]
    public void A_link_to_a_page_the_build_lays_out_is_let_go_at_once()
    {
        var ledger = new LinkLedger(new HashSet<string> { "a.html", "m/b.html" }, null);
        ledger.Scan("m/c.html", Page("../", "<h1>C</h1><a href=\"../a.html\">a</a><a href=\"b.html\">b</a><a href=\"../a.html\">again</a>").AsMemory());
        // Only the stylesheet is kept (a file the build writes later).
        Assert.Equal(1, ledger.Kept);
        // An anchor in another page and a page not laid out are kept too, each once per folder and link.
        ledger.Scan("m/d.html", Page("../", "<h1>D</h1><a href=\"b.html#p1\">a</a><a href=\"x.html\">x</a>").AsMemory());
        ledger.Scan("m/e.html", Page("../", "<h1>E</h1><a href=\"x.html\">x</a>").AsMemory());
        Assert.Equal(3, ledger.Kept);
    }

    [Fact]
    public void A_page_laid_out_that_is_not_written_is_still_found_missing_through_its_anchor()
    {
        // Planned, but the files say otherwise: a link with an anchor is judged at the end, against the files.
        var ledger = new LinkLedger(new HashSet<string> { "a.html", "b.html" }, null);
        ledger.Scan("a.html", Page("", "<h1>A</h1><a href=\"b.html#p1\">b</a>").AsMemory());
        var files = new HashSet<string> { "a.html", "assets/site.css" };
        Assert.Equal(["a.html: b.html#p1 → b.html does not exist"], Shown(ledger.Check(files.Contains, _ => [])));
    }
}
