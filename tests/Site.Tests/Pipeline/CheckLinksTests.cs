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
    /// The build verifies links while Pagefind is still writing (its folders are not listed then): a link into the
    /// search index's folder is verified once the index is written, and reported at the text's line if it leads nowhere.
    /// </summary>
    [Fact]
    public async Task A_link_into_the_search_index_is_verified_once_the_index_is_written()
    {
        const string Address = "https://example.org/congress12/";
        var (good, _) = WithLinks("links-index", "[index](/congress12/pagefind/pagefind.js)");
        await SiteBuilder.BuildAsync(SiteConfig.Load(good.Root).PublishedAt(Address), good.PathOf("output"));
        Assert.True(File.Exists(good.PathOf("output/pagefind/pagefind.js")));

        var (bad, line) = WithLinks("links-index-bad", "[gone](/congress12/pagefind/nope.js)");
        var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(bad.Root).PublishedAt(Address), bad.PathOf("output")));
        Assert.Contains(e.Errors, d => d.File == Paydar && d.Line == line
            && d.Problem.StartsWith("/congress12/pagefind/nope.js → pagefind/nope.js does not exist", StringComparison.Ordinal));
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
