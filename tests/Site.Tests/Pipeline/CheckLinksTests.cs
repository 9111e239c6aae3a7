using Site.Check;
using Site.Pipeline;
using Site.Project;
using Site.Tests.Cli;

namespace Site.Tests.Pipeline;

/// <summary>check refuses every link in a text that the build would refuse, at the text's file and line, by the build's own rule.</summary>
public class CheckLinksTests
{
    const string Paydar = "input/translations/en/messages/sholeh-paydar.md";
    const string First = "Greetings to the Congress of the Worker-communist Party";

    static (TempProject Project, int Line) WithLinks(string name, string links)
    {
        var p = new TempProject(name);
        var text = p.Read(Paydar);
        var line = text[..text.IndexOf(First, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        p.Write(Paydar, text.Replace(First, links + " " + First));
        return (p, line);
    }

    const string Bad = "[that](nope.html#x) [here](#nowhere) [odd](a/b:c)";
    // What the build accepts: a link out, a paragraph of this page, of another page, and a page of another section.
    const string Good = "[out](https://example.org/) [p1](#p1) [p2](sholeh-paydar.html#p2) [res](../resolutions/index.html) [copy](../download/congress12-site.zip)";

    static async Task<List<Diagnostic>> Check(TempProject p)
    {
        var config = SiteConfig.Load(p.Root);
        var findings = Checker.Run(config, out var corpus, out var translations);
        Assert.DoesNotContain(findings, f => !f.IsWarning);
        return await SiteBuilder.CheckLinksAsync(config, corpus!, translations!);
    }

    [Fact]
    public async Task A_link_the_build_would_refuse_is_an_error_of_check_at_the_texts_line_and_the_build_says_the_same()
    {
        var (p, line) = WithLinks("links-bad", Bad + " " + Good);
        var check = await Check(p);
        Assert.Equal(
            [
                (Paydar, line, "#nowhere → no element with id \"nowhere\" in messages/sholeh-paydar.html"),
                (Paydar, line, "href=\"a/b:c\" is not a link the site allows"),
                (Paydar, line, "nope.html#x → messages/nope.html does not exist"),
            ],
            check.Select(d => (d.File, d.Line, d.Problem[..d.Problem.IndexOf(" (on the page", StringComparison.Ordinal)])));

        var build = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output")));
        Assert.Equal(check, build.Errors.Distinct());
    }

    [Fact]
    public async Task Links_the_build_accepts_pass_check()
    {
        var (p, _) = WithLinks("links-good", Good);
        Assert.Empty(await Check(p));
    }

    /// <summary>
    /// A link to a download passes check, a build of pages only and a whole build alike (the first two count the
    /// downloads as the whole build makes them); it failed a build of pages only and the preview.
    /// </summary>
    [Fact]
    public async Task Links_the_build_accepts_pass_a_build_of_pages_only_too()
    {
        var (p, _) = WithLinks("links-good-pages", Good);
        var result = await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output"), new BuildOptions(PagesOnly: true));
        Assert.False(File.Exists(p.PathOf("output/download/congress12-site.zip")));
        Assert.True(result.Pages > 500);
    }

    /// <summary>
    /// The search index is no page for a reader, and only a whole build makes it: a text's link into it is an error
    /// of check and of every build, at the text's line (a whole build used to pass it, and the others to fail it).
    /// </summary>
    [Fact]
    public async Task A_link_into_the_search_index_is_refused_from_a_text_by_check_and_by_every_build()
    {
        var (p, line) = WithLinks("links-index", "[index](../pagefind/pagefind.js)");
        var check = Assert.Single(await Check(p));
        Assert.Equal((Paydar, line), (check.File, check.Line));
        Assert.Contains("the search index", check.Problem);
        Assert.Contains("about/index.html#download", check.Fix);
        foreach (var pagesOnly in new[] { true, false })
        {
            var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output-" + pagesOnly), new BuildOptions(PagesOnly: pagesOnly)));
            Assert.Equal([(Paydar, line, check.Problem)], e.Errors.Select(d => (d.File, d.Line, d.Problem)).Distinct());
        }
    }

    [Fact]
    public void The_check_command_names_the_translation_and_its_line()
    {
        var (p, line) = WithLinks("links-cli", "[that](nope.html#x)");
        var (code, _, err) = SiteProgram.Run(["check", "--root", p.Root], p.Root);
        Assert.Equal(1, code);
        Assert.Contains($"{Paydar}:{line}: error: nope.html#x → messages/nope.html does not exist", err);
    }
}
