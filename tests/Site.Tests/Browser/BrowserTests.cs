using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>The built site in a real browser (Debian's Chromium, driven by Playwright) at a phone's and a desktop's width.</summary>
[Collection("browser")]
public class BrowserTests(BuiltSite site)
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    string Translated => site.TranslatedMessages()[0];

    /// <summary>
    /// The translations' table is styled by extra.css, which only the pages that need it load (site.css is in every
    /// first visit); on a phone the terminal's command is not shown in each card, on a desktop it is.
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_translations_table_shows_the_command_on_a_desktop_only(int width)
    {
        var (page, _, errors) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + "translations/index.html");
        Assert.Equal(width > 600, await page.IsVisibleAsync(".tr-table td code >> nth=0"));
        Assert.DoesNotContain(".tr-table", File.ReadAllText(Path.Combine(site.Output, "assets/site.css")));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Where the repository is known, the About page's "how to translate" links the contributors' guide (the Persian
    /// one on the Persian page) and names the browser's way first; it was plain text a volunteer could not follow.
    /// </summary>
    [Theory]
    [InlineData("about/index.html", "CONTRIBUTING.fa.md", "در مرورگر")]
    [InlineData("en/about/index.html", "CONTRIBUTING.md", "in the browser")]
    [InlineData("ar/about/index.html", "CONTRIBUTING.md", "في المتصفح")]
    public void The_about_page_links_the_contributors_guide(string page, string guide, string browser)
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
        var link = Assert.Single(html.QuerySelectorAll("a"), a => a.TextContent == "CONTRIBUTING.md");
        Assert.Equal($"https://github.com/{BuiltSite.Repository}/blob/main/{guide}", link.GetAttribute("href"));
        Assert.Contains(browser, link.ParentElement!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Persian_is_rtl_in_vazirmatn_and_english_panels_are_ltr(int width)
    {
        var (page, offsite, errors) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + Translated + "#side-en");
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>(".text .orig", "e => getComputedStyle(e).direction"));
        Assert.Equal("ltr", await page.EvalOnSelectorAsync<string>(".text .tr-en", "e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).direction"));
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px Vazirmatn', 'سلام')"));
        Assert.Contains("Vazirmatn", await page.EvalOnSelectorAsync<string>(".text .orig p", "e => getComputedStyle(e).fontFamily"));
        // The font face really loaded (not just declared).
        Assert.True(await page.EvaluateAsync<bool>("[...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Vazirmatn' && f.status === 'loaded')"));
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Reading_modes_switch_with_javascript_off(int width)
    {
        var (page, _, errors) = await site.OpenAsync(width, javaScript: false);
        await page.GotoAsync(site.BaseUrl + Translated);
        Assert.False(await page.IsVisibleAsync(".text .tr-en"));
        Assert.True(await page.IsVisibleAsync(".text .orig"));

        await page.ClickAsync("label[for=m-side-en]");
        Assert.True(await page.IsVisibleAsync(".text .tr-en"));
        Assert.True(await page.IsVisibleAsync(".text .orig"));

        await page.ClickAsync("label[for=m-only-en]");
        Assert.True(await page.IsVisibleAsync(".text .tr-en"));
        Assert.False(await page.IsVisibleAsync(".text .orig"));

        await page.ClickAsync("label[for=m-original]");
        Assert.False(await page.IsVisibleAsync(".text .tr-en"));

        // A link from elsewhere (the English page) opens the translation beside the original.
        var (linked, _, _) = await site.OpenAsync(width, javaScript: false);
        await linked.GotoAsync(site.BaseUrl + Translated + "#side-en");
        Assert.True(await linked.IsVisibleAsync(".text .tr-en"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task With_javascript_the_choice_is_remembered_across_pages()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var (page, _, errors) = await site.OpenAsync(1280, context: context);
        var pages = site.TranslatedMessages();
        await page.GotoAsync(site.BaseUrl + pages[0]);
        await page.ClickAsync("label[for=m-side-en]");
        await page.GotoAsync(site.BaseUrl + "index.html");
        await page.GotoAsync(site.BaseUrl + pages[^1]);
        Assert.True(await page.IsCheckedAsync("#m-side-en"));
        Assert.True(await page.IsVisibleAsync(".text .tr-en"));
        await page.ClickAsync("label[for=m-original]");
        await page.ReloadAsync();
        Assert.False(await page.IsVisibleAsync(".text .tr-en"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Side_by_side_pairs_start_at_the_same_height_on_a_desktop_and_stack_on_a_phone()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var (page, _, _) = await site.OpenAsync(width);
            await page.GotoAsync(site.BaseUrl + Translated + "#side-en");
            await page.EvaluateAsync("document.fonts.ready");
            var rows = await page.QuerySelectorAllAsync(".text .row");
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var orig = (await (await row.QuerySelectorAsync(".orig"))!.BoundingBoxAsync())!;
                var tr = (await (await row.QuerySelectorAsync(".tr-en"))!.BoundingBoxAsync())!;
                if (width == 1280)
                {
                    Assert.InRange(Math.Abs(orig.Y - tr.Y), 0, 1);
                    Assert.True(orig.X > tr.X, "the Persian column stands on the right");
                }
                else Assert.True(tr.Y >= orig.Y + orig.Height - 1, "the translation stands under its original");
            }
        }
    }

    [Fact]
    public async Task No_request_leaves_the_site_and_no_console_error_on_any_kind_of_page()
    {
        var paths = new[] { "index.html", "messages/index.html", Translated, "resolutions/index.html", "topics/index.html", "topics/women.html", "about/index.html", "search/index.html", "en/index.html", "translations/index.html", "404.html",
            "en/messages/sholeh-paydar.html", "ar/messages/sholeh-paydar.html", "ar/messages/yashar-sahandi.html", "ar/search/index.html" };
        foreach (var width in new[] { 390, 1280 })
        {
            var (page, offsite, errors) = await site.OpenAsync(width);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(site.BaseUrl + path);
                Assert.True(response!.Ok || path == "404.html", path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                // The icon is named, and there: a browser then asks no host for /favicon.ico.
                Assert.True(await page.EvaluateAsync<bool>("async () => { const l = document.querySelector('link[rel=icon]'); return !!l && (await fetch(l.href)).ok; }"), path);
            }
            Assert.Empty(offsite);
            Assert.Empty(errors);
        }
    }

    [Fact]
    public async Task Opened_from_file_the_links_lead_from_home_to_a_message_a_topic_and_back()
    {
        var (page, _, errors) = await site.OpenAsync(1280);
        var home = new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri;
        await page.GotoAsync(home);
        // Each step waits for the page it leads to (from file:// a click returns before the next page has loaded).
        await page.ClickAsync(".doc-list .doc-title a >> nth=0");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/messages/[^/]+\\.html$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await page.ClickAsync(".doc-head .topics a >> nth=0");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/topics/"));
        await Assertions.Expect(page.Locator(".doc-list li").First).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/messages/"));
        await page.ClickAsync("a.brand");
        await Assertions.Expect(page).ToHaveURLAsync(home);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Screenshots_of_the_main_pages_at_both_widths()
    {
        var shots = new (string Name, string Path)[]
        {
            ("home", "index.html"), ("message", "messages/sholeh-paydar.html"), ("side-by-side", Translated + "#side-en"),
            ("topic", "topics/women.html"), ("english", "en/index.html"), ("resolution", "resolutions/rangin-kamani-ha.html"),
            ("english-message", "en/messages/sholeh-paydar.html"), ("arabic-untranslated", "ar/messages/yashar-sahandi.html"),
        };
        foreach (var width in new[] { 390, 1280 })
        {
            var (page, _, _) = await site.OpenAsync(width);
            foreach (var (name, path) in shots)
            {
                await page.GotoAsync(site.BaseUrl + path);
                await page.EvaluateAsync("document.fonts.ready");
                var file = Path.Combine(BuiltSite.Artifacts, $"{name}-{width}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = width == 390 ? false : false });
                Assert.True(new FileInfo(file).Length > 10_000, file);
            }
        }
    }
}

/// <summary>The offline copy, unzipped and opened from file:// in the browser.</summary>
[Collection("browser")]
public class OfflineCopyTests(BuiltSite site)
{
    [Fact]
    public async Task The_unzipped_copy_works_from_file()
    {
        var dir = Paths.TempDir("unzipped");
        System.IO.Compression.ZipFile.ExtractToDirectory(Path.Combine(site.Output, "download", "congress12-site.zip"), dir);
        var (page, offsite, errors) = await site.OpenAsync(390);
        var home = new Uri(Path.Combine(dir, "congress12", "index.html")).AbsoluteUri;
        await page.GotoAsync(home);
        await page.EvaluateAsync("document.fonts.ready");
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px Vazirmatn', 'سلام')"));
        // Each step waits for the page it leads to (from file:// a click returns before the next page has loaded).
        static System.Text.RegularExpressions.Regex At(string pattern) => new(pattern);
        await page.ClickAsync("a[href='resolutions/index.html']");
        await Assertions.Expect(page).ToHaveURLAsync(At("/resolutions/index\\.html$"));
        await page.ClickAsync(".doc-list .doc-title a >> nth=13");
        await Assertions.Expect(page).ToHaveURLAsync(At("^file://.*/resolutions/[^/]+\\.html$"));
        await page.ClickAsync("a[rel=next]");
        await Assertions.Expect(page.Locator(".doc-head .topics a").First).ToBeVisibleAsync();
        await page.ClickAsync(".doc-head .topics a >> nth=0");
        await Assertions.Expect(page).ToHaveURLAsync(At("/topics/"));
        await page.ClickAsync(".doc-list .doc-title a >> nth=0");
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Assertions.Expect(page).ToHaveURLAsync(At("/(messages|resolutions)/[^/]+\\.html$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, "offline-copy-390.png") });
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }
}
