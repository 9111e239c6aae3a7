using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>The editions in a real browser: an English document, an untranslated one, Arabic side by side, the language switch, and the hreflang alternates of every page.</summary>
[Collection("browser")]
public class EditionTests(BuiltSite site)
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    const string English = "en/messages/sholeh-paydar.html";
    const string Arabic = "ar/messages/sholeh-paydar.html";
    /// <summary>A message with no Arabic translation.</summary>
    const string Untranslated = "ar/messages/yashar-sahandi.html";

    static Task<string> Direction(IPage page, string selector) => page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).direction");

    /// <summary>The Arabic list mixed its few translated messages among the Persian ones; a switch shows them alone, without JavaScript.</summary>
    /// <summary>
    /// An Arabic list's date: the Jalali month is marked Persian, the Gregorian months beside it are the page's Arabic
    /// (the whole date was marked Persian, so a screen reader read «أكتوبر» with a Persian voice).
    /// </summary>
    [Fact]
    public void An_arabic_date_marks_only_the_jalali_month_persian()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "ar/messages/index.html")));
        var dates = html.QuerySelectorAll("span.date").Where(d => d.TextContent.Contains('(')).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d =>
        {
            Assert.Null(d.GetAttribute("lang"));
            var persian = Assert.Single(d.QuerySelectorAll("span[lang=fa]"));
            Assert.DoesNotContain("(", persian.TextContent);
        });
    }

    [Fact]
    public async Task A_partly_translated_editions_list_shows_its_translated_documents_alone_at_a_touch()
    {
        var (page, _, errors) = await site.OpenAsync(390, javaScript: false);
        await page.GotoAsync(site.BaseUrl + "ar/messages/index.html");
        var items = page.Locator(".doc-list > li");
        var all = await items.CountAsync();
        var translated = await page.Locator(".doc-list > li:not(.untr)").CountAsync();
        Assert.InRange(translated, 1, all - 1);
        Assert.Contains($"({translated})", await page.TextContentAsync(".only-tr-label"));
        await page.ClickAsync(".only-tr-label");
        var shown = await items.EvaluateAllAsync<int>("ls => ls.filter(l => l.offsetParent !== null).length");
        Assert.Equal(translated, shown);
        Assert.All(await page.Locator(".doc-list > li:visible .status").AllTextContentsAsync(), s => Assert.DoesNotContain("لم يُترجَم", s));
        Assert.Empty(errors);
        // A list all translated, or in Persian, has no switch.
        await page.GotoAsync(site.BaseUrl + "en/messages/index.html");
        Assert.Equal(0, await page.Locator(".only-tr").CountAsync());
    }

    [Theory]
    [InlineData(English, ".text .tr p")]
    [InlineData(Untranslated, ".text .orig p")]
    public async Task An_editions_title_and_text_are_as_dark_and_as_large_as_the_originals(string path, string text)
    {
        var (page, _, _) = await site.OpenAsync(1280);
        async Task<string[]> Look(string selector) => await page.EvalOnSelectorAsync<string[]>(selector, "e => [getComputedStyle(e).color, getComputedStyle(e).fontSize]");
        await page.GotoAsync(site.BaseUrl + "messages/sholeh-paydar.html");
        var (title, body) = (await Look("h1"), await Look(".text .orig p"));
        await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal(title, await Look("h1"));
        Assert.Equal(body, await Look(text));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task An_english_document_is_ltr_in_english_with_the_translation_first_and_its_modes_work_without_javascript(int width)
    {
        var (page, offsite, errors) = await site.OpenAsync(width, javaScript: false);
        await page.GotoAsync(site.BaseUrl + English);
        Assert.Equal(("en", "ltr"), (await page.GetAttributeAsync("html", "lang"), await Direction(page, "body")));
        Assert.Equal(["Messages", "Resolutions", "Topics", "Search", "About"], await page.Locator(".site-head nav:not(.langs) a").AllTextContentsAsync());
        Assert.Equal("ltr", await Direction(page, "h1"));
        // Translation only: the default.
        Assert.True(await page.IsVisibleAsync(".text .row:first-child .tr"));
        Assert.False(await page.IsVisibleAsync(".text .row:first-child .orig"));

        await page.ClickAsync("label[for=m-side]");
        Assert.True(await page.IsVisibleAsync(".text .row:first-child .orig"));
        Assert.Equal("rtl", await Direction(page, ".text .row:first-child .orig"));
        foreach (var row in await page.QuerySelectorAllAsync(".text .row"))
        {
            var tr = (await (await row.QuerySelectorAsync(".tr"))!.BoundingBoxAsync())!;
            var orig = (await (await row.QuerySelectorAsync(".orig"))!.BoundingBoxAsync())!;
            if (width == 1280)
            {
                Assert.InRange(Math.Abs(orig.Y - tr.Y), 0, 1);
                Assert.True(tr.X < orig.X, "in an ltr page the translation stands in the first (left) column");
            }
            else Assert.True(orig.Y >= tr.Y + tr.Height - 1, "on a phone the original stands under its translation");
        }

        await page.ClickAsync("label[for=m-original]");
        Assert.False(await page.IsVisibleAsync(".text .row:first-child .tr"));
        Assert.True(await page.IsVisibleAsync(".text .row:first-child .orig"));
        await page.ClickAsync("label[for=m-translation]");
        Assert.True(await page.IsVisibleAsync(".text .row:first-child .tr"));
        Assert.False(await page.IsVisibleAsync(".text .row:first-child .orig"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"english-document-{width}.png") });
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task With_javascript_the_editions_mode_is_remembered_apart_from_the_persian_pages(int width)
    {
        var (page, _, errors) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + English);
        Assert.True(await page.IsCheckedAsync("#m-translation"));
        await page.ClickAsync("label[for=m-side]");
        await page.GotoAsync(site.BaseUrl + "en/resolutions/rangin-kamani-ha.html");
        Assert.True(await page.IsCheckedAsync("#m-side"));
        Assert.True(await page.IsVisibleAsync(".text .row:first-child .orig"));
        // The Persian pages keep their own default (the original alone).
        await page.GotoAsync(site.BaseUrl + "messages/sholeh-paydar.html");
        Assert.True(await page.IsCheckedAsync("#m-original"));
        await page.GotoAsync(site.BaseUrl + English);
        await page.ClickAsync("label[for=m-original]");
        await page.ReloadAsync();
        Assert.False(await page.IsVisibleAsync(".text .row:first-child .tr"));
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task An_untranslated_document_says_so_shows_the_persian_original_and_leads_to_the_translations_page(int width)
    {
        var (page, offsite, errors) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + Untranslated);
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        var notice = page.Locator(".untranslated-note");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("العربية", await notice.TextContentAsync());
        var note = (await notice.BoundingBoxAsync())!;
        var first = (await page.Locator(".text .row:first-child .orig").BoundingBoxAsync())!;
        Assert.True(first.Y > note.Y, "the original stands below the notice");
        Assert.Equal("rtl", await Direction(page, ".text .row:first-child .orig"));
        Assert.Equal("fa", await page.GetAttributeAsync(".text .row:first-child .orig", "lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"arabic-untranslated-{width}.png") });
        await page.ClickAsync(".untranslated-note a");
        Assert.EndsWith("/translations/index.html", page.Url);
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Arabic_side_by_side_reads_right_to_left_in_both_columns_aligned_on_a_desktop_and_stacked_on_a_phone(int width)
    {
        var (page, offsite, errors) = await site.OpenAsync(width, javaScript: false);
        await page.GotoAsync(site.BaseUrl + Arabic);
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("rtl", await Direction(page, "body"));
        await page.ClickAsync("label[for=m-side]");
        var rows = await page.QuerySelectorAllAsync(".text .row");
        Assert.True(rows.Count > 5);
        foreach (var row in rows)
        {
            var trEl = (await row.QuerySelectorAsync(".tr"))!;
            var origEl = (await row.QuerySelectorAsync(".orig"))!;
            Assert.Equal("rtl", await trEl.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            Assert.Equal("rtl", await origEl.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            Assert.Equal(("ar", "fa"), (await trEl.GetAttributeAsync("lang"), await origEl.GetAttributeAsync("lang")));
            var tr = (await trEl.BoundingBoxAsync())!;
            var orig = (await origEl.BoundingBoxAsync())!;
            if (width == 1280)
            {
                Assert.InRange(Math.Abs(orig.Y - tr.Y), 0, 1);
                Assert.True(tr.X > orig.X + orig.Width - 1, "the Arabic stands in the first column of an rtl page: on the right, the Persian beside it");
            }
            else
            {
                Assert.True(orig.Y >= tr.Y + tr.Height - 1, "on a phone the pair stacks, the Arabic first");
                Assert.InRange(tr.Width, 300, 390);
            }
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"arabic-side-by-side-{width}.png") });
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_language_switch_goes_round_the_same_page_in_every_language(int width)
    {
        var (page, _, errors) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + "messages/sholeh-paydar.html");
        foreach (var (lang, path) in new[] { ("en", English), ("ar", Arabic), ("fa", "messages/sholeh-paydar.html") })
        {
            await page.ClickAsync($".langs a[hreflang={lang}]");
            Assert.Equal(site.BaseUrl + path, page.Url);
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(2, await page.Locator(".langs a").CountAsync());
        }
        // A list's later page leads to the same page of the list.
        await page.GotoAsync(site.BaseUrl + "en/topics/women.html");
        await page.ClickAsync(".langs a[hreflang=ar]");
        Assert.Equal(site.BaseUrl + "ar/topics/women.html", page.Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_page_s_hreflang_alternates_are_reciprocal_and_match_its_language_switch_and_the_sitemap()
    {
        var (page, _, _) = await site.OpenAsync(1280);
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var alternates = new Dictionary<string, List<(string Lang, string Path)>>();
        foreach (var path in pages)
        {
            var response = await page.APIRequest.GetAsync(site.BaseUrl + path);
            Assert.True(response.Ok, path);
            var doc = parser.ParseDocument(await response.TextAsync());
            string Resolve(string href) => new Uri(new Uri(site.BaseUrl + path), href).AbsoluteUri[site.BaseUrl.Length..];
            var links = doc.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, Resolve(l.GetAttribute("href")!))).ToList();
            alternates[path] = links;
            var switched = doc.QuerySelectorAll(".langs a").Select(a => (a.GetAttribute("hreflang")!, Resolve(a.GetAttribute("href")!))).ToList();
            if (links.Count == 0)
            {
                // The workbench pages are a tool, one per language: no alternates, and not in the sitemap. The sources
                // are the Persian documents as received: no edition has them.
                Assert.True(path.StartsWith("translations/") || path.StartsWith("translate/") || path.StartsWith("sources/") || path == "404.html" || path.StartsWith("download/"), $"{path} has no alternates");
                continue;
            }
            Assert.Equal(["fa", "en", "ar"], links.Select(l => l.Item1));
            Assert.Contains((doc.DocumentElement.GetAttribute("lang")!, path), links);
            Assert.Equal(links.Where(l => l.Item2 != path), switched);
        }
        foreach (var (path, links) in alternates.Where(a => a.Value.Count > 0))
            foreach (var (_, other) in links)
            {
                Assert.True(alternates.ContainsKey(other), $"{path} names {other}, which is no page");
                Assert.Equal(links, alternates[other]);
            }
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        foreach (var url in sitemap.Root!.Elements())
        {
            var loc = url.Elements().First().Value;
            var listed = url.Elements().Where(e => e.Name.LocalName == "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList();
            Assert.Equal(alternates[loc], listed);
        }
    }
}
