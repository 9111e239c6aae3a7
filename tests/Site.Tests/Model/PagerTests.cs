using AngleSharp.Html.Parser;
using Site.Corpus;
using Site.Model;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Model;

public class PagerTests
{
    [Theory]
    [InlineData("messages/index.html", 1, "messages/index.html")]
    [InlineData("messages/index.html", 3, "messages/page/3.html")]
    [InlineData("topics/women.html", 2, "topics/women/page/2.html")]
    public void Page_one_keeps_the_list_address(string first, int n, string path) =>
        Assert.Equal(path, new Pager(first, 1, 5).PathOf(n));

    [Theory]
    [InlineData(1, 5, "1 2 3 4 5")]
    [InlineData(5, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(1, 25, "1 2 3 … 25")]
    [InlineData(4, 25, "1 2 3 4 5 6 … 25")]
    [InlineData(6, 25, "1 … 4 5 6 7 8 … 25")]
    [InlineData(24, 25, "1 … 22 23 24 25")]
    public void Many_pages_show_the_first_the_last_and_those_near(int page, int pages, string shown) =>
        Assert.Equal(shown, string.Join(" ", new Pager("messages/index.html", page, pages).Numbers().Select(n => n?.ToString() ?? "…")));

    [Fact]
    public void Cut_shares_the_entries_out_in_order()
    {
        var pages = Pager.Cut("messages/index.html", Enumerable.Range(1, 45).ToList(), 20).ToList();
        Assert.Equal([20, 20, 5], pages.Select(p => p.Entries.Count));
        Assert.All(pages, p => Assert.Equal(3, p.Pager.Pages));
        Assert.Equal(Enumerable.Range(1, 45), pages.SelectMany(p => p.Entries));
        Assert.Single(Pager.Cut("x.html", new List<int>(), 20));
    }

    [Fact]
    public async Task Long_lists_continue_on_pages_that_link_each_other()
    {
        var p = new TempProject("pages");
        Assert.Contains("page_size: 200", p.Read("statiq.config"));
        p.Write("statiq.config", p.Read("statiq.config").Replace("page_size: 200", "page_size: 20"));
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));

        // 69 messages: pages of 20, 20, 20 and 9; every message is on exactly one of them.
        var parser = new HtmlParser();
        var pages = new[] { "messages/index.html", "messages/page/2.html", "messages/page/3.html", "messages/page/4.html" }
            .Select(x => parser.ParseDocument(File.ReadAllText(Path.Combine(output, x)))).ToList();
        Assert.False(File.Exists(Path.Combine(output, "messages/page/5.html")));
        Assert.Equal([20, 20, 20, 9], pages.Select(d => d.QuerySelectorAll(".doc-list > li").Length));
        Assert.Equal(69, pages.SelectMany(d => d.QuerySelectorAll(".doc-list .doc-title a").Select(a => a.GetAttribute("href"))).Distinct().Count());

        static string Target(string page, string? href) => new Uri(new Uri("http://site/" + page), href).AbsolutePath[1..];
        var second = pages[1];
        Assert.Equal("messages/index.html", Target("messages/page/2.html", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")));
        Assert.Equal("messages/page/3.html", Target("messages/page/2.html", second.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")));
        Assert.Equal("۲", second.QuerySelector(".pager [aria-current=page]")!.TextContent);
        Assert.Contains("صفحهٔ ۲ از ۴", second.Title);
        Assert.Null(pages[3].QuerySelector(".pager a[rel=next]"));
        Assert.Equal("messages/page/2.html", Target("messages/index.html", pages[0].QuerySelector(".pager a[rel=next]")!.GetAttribute("href")));

        // A topic with more than 20 messages continues too, and its count is of all its messages.
        var corpus = CorpusReader.Read(p.PathOf("input"), p.Root);
        var big = corpus.Topics.First(t => corpus.Messages.Count(m => m.Topics.Contains(t.Slug)) > 20);
        var count = corpus.Messages.Count(m => m.Topics.Contains(big.Slug));
        var topic = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "topics", big.Slug + ".html")));
        Assert.Equal(20, topic.QuerySelectorAll("section:first-of-type .doc-list > li").Length);
        Assert.Contains(Site.Text.PersianText.Digits(count), topic.QuerySelector("h2 .count")!.TextContent);
        Assert.True(File.Exists(Path.Combine(output, "topics", big.Slug, "page", "2.html")));
    }

    [Fact]
    public async Task The_translations_table_and_the_english_list_continue_on_pages_too()
    {
        var p = new TempProject("pages-translations");
        p.Write("statiq.config", p.Read("statiq.config").Replace("page_size: 200", "page_size: 4"));
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        var parser = new HtmlParser();
        AngleSharp.Html.Dom.IHtmlDocument Page(string path) => parser.ParseDocument(File.ReadAllText(Path.Combine(output, path)));

        // 69 messages and 28 resolutions, 4 rows a page: 25 pages, every document on exactly one of them.
        var corpus = CorpusReader.Read(p.PathOf("input"), p.Root);
        var count = corpus.Messages.Count + corpus.Resolutions.Count;
        var pages = (count + 3) / 4;
        var table = Enumerable.Range(1, pages).Select(n => Page(n == 1 ? "translations/index.html" : $"translations/page/{n}.html")).ToList();
        Assert.False(File.Exists(Path.Combine(output, $"translations/page/{pages + 1}.html")));
        Assert.All(table.SkipLast(1), t => Assert.Equal(4, t.QuerySelectorAll(".tr-table tbody tr").Length));
        Assert.Equal(count, table.SelectMany(t => t.QuerySelectorAll(".tr-table tbody tr td:nth-child(2) a").Select(a => a.GetAttribute("href"))).Distinct().Count());
        Assert.NotNull(table[0].QuerySelector(".howto"));
        Assert.Null(table[1].QuerySelector(".howto"));
        static string Target(string page, string? href) => new Uri(new Uri("http://site/" + page), href).AbsolutePath[1..];
        Assert.Equal("translations/page/2.html", Target("translations/index.html", table[0].QuerySelector(".pager a[rel=next]")!.GetAttribute("href")));

        // 10 English translations: 4, 4 and 2 on en/index.html, en/page/2.html, en/page/3.html.
        var english = new[] { "en/index.html", "en/page/2.html", "en/page/3.html" }.Select(Page).ToList();
        Assert.Equal([4, 4, 2], english.Select(d => d.QuerySelectorAll(".doc-list > li").Length));
        Assert.Equal(10, english.SelectMany(d => d.QuerySelectorAll(".doc-title a").Select(a => a.GetAttribute("href"))).Distinct().Count());
        Assert.Contains("Page 2 of 3", english[1].Title);
        Assert.Equal("2", english[1].QuerySelector(".pager [aria-current=page]")!.TextContent);
        Assert.Equal("en/index.html", Target("en/page/2.html", english[1].QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")));
        Assert.Equal("ltr", english[2].DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("page_size: 0")]
    [InlineData("page_size: -5")]
    [InlineData("page_size: many")]
    public void A_page_size_that_is_no_count_names_the_config(string line)
    {
        var p = new TempProject("pagesize");
        p.Write("statiq.config", p.Read("statiq.config").Replace("page_size: 200", line));
        var e = Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root));
        Assert.Equal(SiteConfig.FileName, e.File);
        Assert.False(string.IsNullOrWhiteSpace(e.Fix));
    }
}
