using AngleSharp.Html.Parser;
using Site.Corpus;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Pipeline;

/// <summary>A site built for the address it is published at (base_url, or build --base-url).</summary>
public class PublishedAddressTests
{
    [Fact]
    public async Task The_404_page_links_from_the_sites_path_and_other_pages_stay_relative()
    {
        var p = new TempProject("published");
        var config = SiteConfig.Load(p.Root).PublishedAt("https://example.org/congress12/");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(config, output, new BuildOptions(PagesOnly: true));   // verification passes

        var parser = new HtmlParser();
        var notFound = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "404.html")));
        var hrefs = notFound.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/congress12/assets/site.css", hrefs);
        Assert.Contains("/congress12/messages/index.html", hrefs);
        Assert.All(hrefs, h => Assert.True(h.StartsWith("/congress12/") || h.StartsWith('#'), h));
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        // A reader of an edition who lands on it finds the way back in the edition's language.
        var english = notFound.QuerySelector("p[lang=en]")!;
        Assert.StartsWith("Page not found.", english.TextContent);
        Assert.Contains("/congress12/en/messages/index.html", english.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(notFound.QuerySelector("p[lang=ar][dir=rtl] a[href='/congress12/ar/index.html']"));

        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("assets/site.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/congress12/index.html", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<loc>https://example.org/congress12/index.html</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
    }

    [Theory]
    [InlineData("example.org/congress12/")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?q=1")]
    public void An_address_that_is_no_web_site_is_refused(string address)
    {
        var p = new TempProject("badaddress");
        var e = Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root).PublishedAt(address));
        Assert.Contains("is not the address of a web site", e.Problem);
        p.Write("statiq.config", p.Read("statiq.config").Replace("base_url:", "base_url: " + address));
        Assert.Equal(SiteConfig.FileName, Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root)).File);
    }
}
