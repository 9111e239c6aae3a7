using System.Text.Json;
using Microsoft.Playwright;
using Site.Corpus;
using Site.Model;
using Site.Translations;

namespace Site.Tests.Browser;

/// <summary>
/// The reader tools in a real browser: a ¶ mark opens a bar to copy the paragraph's link or citation and to report
/// a problem with it; the reading settings are remembered; nothing scrolls sideways at 200 % zoom on a phone.
/// Expected texts come from the corpus and the strings tables, not from the page.
/// </summary>
[Collection("browser")]
public class ReaderToolsTests(BuiltSite site)
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    const string Plain = "messages/sholeh-paydar.html";
    /// <summary>", ویرایش <Jalali> (<Gregorian>)" for the edition the test site was built as (its statiq.config pins it).</summary>
    string EditionFa => Site.Model.Edition.Of(site.Config) is { } e
        ? $"، ویرایش {Site.Render.Display.JalaliDay(e.Date)} ({Site.Render.Display.GregorianDay(e.Date)})" : "";
    /// <summary>", edition of <date>" for the same edition, as English pages say it.</summary>
    string EditionEn => Site.Model.Edition.Of(site.Config) is { } e
        ? ", edition of " + DateOnly.ParseExact(e.Date, "yyyy-MM-dd").ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";

    UiStrings Fa => UiStrings.Load(site.Config.ThemeDir, "fa");
    CorpusContent Corpus => CorpusReader.Read(site.Config.InputDir, site.Config.Root);
    Document DocAt(string path) => Corpus.All.Single(d => $"{d.Section}/{d.Slug}.html" == path);
    Translation EnglishOf(Document d) => TranslationReader.ReadAll(site.Config, Corpus).Translations.Single(t => t.Original.Id == d.Id && t.Lang == "en");

    static string SenderOf(Document d) => d is Message { Author: { Length: > 0 } a } ? a : throw new InvalidOperationException("pick a signed message");

    async Task<IPage> OpenAsync(int width, string path)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.TrimEnd('/') });
        var (page, offsite, errors) = await site.OpenAsync(width, context: context);
        await page.GotoAsync(site.BaseUrl + path);
        return page;
    }

    static Task<string> Clipboard(IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

    /// <summary>Follows paragraph <paramref name="n"/>'s ¶ mark; the bar opens right under that paragraph.</summary>
    static async Task<ILocator> OpenBar(IPage page, int n)
    {
        await page.ClickAsync($"a.pl[href='#p{n}']");
        var bar = page.Locator("#ptools");
        await bar.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal($"p{n}", await page.EvaluateAsync<string>("() => document.getElementById('ptools').previousElementSibling.id"));
        Assert.Equal("true", await page.GetAttributeAsync($"a.pl[href='#p{n}']", "aria-expanded"));
        return bar;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Copy_citation_on_a_persian_page_gives_the_paragraph_then_sender_title_number_collection_edition_and_address(int width)
    {
        var doc = DocAt(Plain);
        var page = await OpenAsync(width, Plain);
        var bar = await OpenBar(page, 2);
        // The ¶ is still the paragraph's permalink.
        Assert.EndsWith(Plain + "#p2", page.Url);
        var address = site.BaseUrl + Plain + "#p2";

        await bar.GetByRole(AriaRole.Button, new() { Name = Fa.CopyCitation }).ClickAsync();
        await Assertions.Expect(bar.Locator("[role=status]")).ToHaveTextAsync(Fa.Copied);
        var expected = doc.Paragraphs[1] + "\n\n" + $"{SenderOf(doc)}، «{doc.Title}»، بند ۲. در: {site.Config.Title.Fa}{EditionFa}. {address}";
        Assert.Equal(expected, await Clipboard(page));

        await bar.GetByRole(AriaRole.Button, new() { Name = Fa.CopyLink }).ClickAsync();
        Assert.Equal(address, await Clipboard(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"paragraph-tools-{width}.png") });
        await page.Locator("#cite").ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"cite-this-page-{width}.png") });

        // Escape closes the bar and gives the focus back to the ¶.
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await bar.IsVisibleAsync());
        Assert.Equal("p2", await page.EvaluateAsync<string>("() => document.activeElement.closest('.row').id"));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Side_by_side_the_citation_carries_the_original_and_its_translation(int width)
    {
        var path = site.TranslatedMessages()[0];
        var doc = DocAt(path);
        var en = EnglishOf(doc);
        var page = await OpenAsync(width, path + "#side-en");
        var bar = await OpenBar(page, 2);
        await bar.GetByRole(AriaRole.Button, new() { Name = Fa.CopyCitation }).ClickAsync();
        await Assertions.Expect(bar.Locator("[role=status]")).ToHaveTextAsync(Fa.Copied);
        var sender = doc is Message { Author: { Length: > 0 } a } ? a : Fa.Unsigned;
        var expected = string.Join("\n\n", doc.Paragraphs[1], en.Paragraphs[1].Text,
            $"{sender}، «{doc.Title}»، بند ۲. در: {site.Config.Title.Fa}{EditionFa}. {site.BaseUrl}{path}#p2");
        Assert.Equal(expected, await Clipboard(page));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Copy_citation_on_an_english_page_gives_the_translated_paragraph_and_cites_the_translation_in_english(int width)
    {
        var path = site.TranslatedMessages()[0];
        var en = EnglishOf(DocAt(path));
        var english = UiStrings.Load(site.Config.ThemeDir, "en");
        var page = await OpenAsync(width, "en/" + path);
        var bar = await OpenBar(page, 2);
        await bar.GetByRole(AriaRole.Button, new() { Name = english.CopyCitation }).ClickAsync();
        await Assertions.Expect(bar.Locator("[role=status]")).ToHaveTextAsync(english.Copied);
        Assert.False(string.IsNullOrEmpty(en.Meta.Author), "pick a translation that names its sender");
        var expected = en.Paragraphs[1].Text + "\n\n" + $"{en.Meta.Author}, “{en.Meta.Title}”, ¶ 2. In: {site.Config.Title.En}{EditionEn}. {site.BaseUrl}en/{path}#p2";
        Assert.Equal(expected, await Clipboard(page));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_report_links_open_a_filled_in_issue_and_mail_and_decode_to_the_paragraph(int width)
    {
        var path = site.TranslatedMessages()[0];
        var doc = DocAt(path);
        var en = EnglishOf(doc);
        var page = await OpenAsync(width, path + "#side-en");
        var bar = await OpenBar(page, 2);
        var issue = await bar.GetByRole(AriaRole.Link, new() { Name = Fa.ReportProblem }).GetAttributeAsync("href");
        var mail = await bar.GetByRole(AriaRole.Link, new() { Name = Fa.ReportByEmail }).GetAttributeAsync("href");

        var title = $"اشکال در {doc.Id} (¶ 2): {doc.Title}";
        var body = $"سند: {doc.Id}\nجا: ¶ 2\nزبان: fa, en\nصفحه: {site.BaseUrl}{path}#p2\n\nمتن:\n\n> {doc.Paragraphs[1]}\n\n> {en.Paragraphs[1].Text}\n\n"
            + "چه اشکالی دارد؟ (لطفاً زیر این سطر بنویسید.)\n\n";
        var (issueAt, issueQuery) = Decode(issue!);
        Assert.Equal($"https://github.com/{site.Config.Repository}/issues/new", issueAt);
        Assert.Equal(["title", "body"], issueQuery.Keys);
        Assert.Equal(title, issueQuery["title"]);
        Assert.Equal(body, issueQuery["body"]);

        var (mailTo, mailQuery) = Decode(mail!);
        Assert.Equal($"mailto:{BuiltSite.ContactEmail}", mailTo);
        Assert.Equal(title, mailQuery["subject"]);
        Assert.Equal(body.Replace("\n", "\r\n"), mailQuery["body"]);

        // In the original-only mode the report quotes the original alone.
        await page.ClickAsync("label[for=m-original]");
        var (_, only) = Decode((await bar.GetByRole(AriaRole.Link, new() { Name = Fa.ReportProblem }).GetAttributeAsync("href"))!);
        Assert.Contains("زبان: fa\n", only["body"]);
        Assert.DoesNotContain(en.Paragraphs[1].Text, only["body"]);
    }

    [Fact]
    public async Task Quotes_ampersands_hashes_newlines_and_bidi_marks_cannot_break_out_of_the_links()
    {
        var page = await OpenAsync(1280, Plain);
        const string hostileTitle = "Say \"no\" & #1\n\u202Eevil\u202C <b>x</b> %20 ?title=y&body=z +";
        const string hostileText = "line 1 & #frag\nline 2 \"q\" 'a' \u2067isolated\u2069 %41 =\n\nline 4 \uD83D\uDE00 \u200C";
        // What a translator could have typed, put where the page keeps it.
        await page.EvaluateAsync("([title, text]) => { const c = document.getElementById('cite'); c.dataset.title = title; c.dataset.id = 'msg-0&1'; "
            + "const p = document.querySelector('#p2 .orig p'); p.innerText = text; }", new[] { hostileTitle, hostileText });
        var bar = await OpenBar(page, 2);
        var issue = (await bar.GetByRole(AriaRole.Link, new() { Name = Fa.ReportProblem }).GetAttributeAsync("href"))!;
        var mail = (await bar.GetByRole(AriaRole.Link, new() { Name = Fa.ReportByEmail }).GetAttributeAsync("href"))!;

        foreach (var link in new[] { issue, mail })
        {
            // Nothing but the two fields, and nothing left unencoded that could end or change the address.
            Assert.Equal(1, link.Count(c => c == '?'));
            Assert.Equal(1, link.Count(c => c == '&'));
            Assert.DoesNotContain('#', link);
            Assert.All(link, c => Assert.True(c > ' ' && c < 127 && c is not '"' and not '\'' and not '<' and not '>' and not ' ', $"'{c}' in {link}"));
        }
        var fa = Fa;
        var where = "¶ 2";
        var address = site.BaseUrl + Plain + "#p2";
        var title = $"اشکال در msg-0&1 (¶ 2): Say \"no\" & #1 \u202Eevil\u202C <b>x</b> %20 ?title=y&body=z +";
        var body = ProblemReport.Body(fa, "msg-0&1", where, "fa", address, [hostileText]);
        Assert.Contains("> line 1 & #frag\n> line 2 \"q\" 'a' \u2067isolated\u2069 %41 =\n>\n> line 4 \uD83D\uDE00 \u200C\n", body);
        var (_, q) = Decode(issue);
        Assert.Equal(title, q["title"]);
        Assert.Equal(body, q["body"]);
        // The browser's links are the ones the C# side makes for the same input, character for character.
        Assert.Equal(ProblemReport.IssueUrl(site.Config.Repository!, title, body), issue);
        Assert.Equal(ProblemReport.MailUrl(BuiltSite.ContactEmail, title, body), mail);
        var (_, m) = Decode(mail);
        Assert.Equal(body.Replace("\n", "\r\n"), m["body"]);
    }

    /// <summary>An address split into its part before '?' and its decoded fields, in order.</summary>
    static (string At, Dictionary<string, string> Query) Decode(string url)
    {
        var q = url.IndexOf('?');
        var fields = url[(q + 1)..].Split('&').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => Uri.UnescapeDataString(f[1]));
        return (url[..q], fields);
    }

    [Fact]
    public async Task Text_size_and_line_spacing_are_remembered_across_pages_and_reloads()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 900 } });
        var (page, _, errors) = await site.OpenAsync(390, context: context);
        await page.GotoAsync(site.BaseUrl + Plain);
        Assert.Equal(16.0, await RootFontSize(page));
        var before = await LineHeight(page);
        await page.ClickAsync("#reader-settings summary");
        await page.SelectOptionAsync("select[data-setting=size]", "4");
        await page.SelectOptionAsync("select[data-setting=leading]", "3");
        Assert.Equal(16 * 1.3, await RootFontSize(page), 2);
        var wider = await LineHeight(page);
        Assert.True(wider / await TextFontSize(page) > before / 16 * 1.2, $"line height {before} → {wider}");

        foreach (var path in new[] { "index.html", site.TranslatedMessages()[0], "en/index.html" })
        {
            await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(16 * 1.3, await RootFontSize(page), 2);
            Assert.Equal("4", await page.InputValueAsync("select[data-setting=size]"));
            Assert.Equal("3", await page.InputValueAsync("select[data-setting=leading]"));
        }
        await page.ReloadAsync();
        Assert.Equal(16 * 1.3, await RootFontSize(page), 2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, "reading-settings-390.png") });

        // The smallest step, then back to the default.
        await page.ClickAsync("#reader-settings summary");
        await page.SelectOptionAsync("select[data-setting=size]", "1");
        await page.GotoAsync(site.BaseUrl + Plain);
        Assert.Equal(16 * 0.9, await RootFontSize(page), 2);
        Assert.Equal(5, await page.Locator("select[data-setting=size] option").CountAsync());
        Assert.Empty(errors);

        // Without JavaScript the controls (which could not work) are not shown and the defaults hold.
        var (off, _, _) = await site.OpenAsync(390, javaScript: false);
        await off.GotoAsync(site.BaseUrl + Plain);
        Assert.False(await off.IsVisibleAsync("#reader-settings"));
        Assert.Equal(16.0, await RootFontSize(off));
        Assert.True(await off.IsVisibleAsync("#cite .cite-text"));
    }

    /// <summary>
    /// On a phone the largest text and the widest lines enlarge the reading, not the header: at 150 % it used to fill
    /// the first screen. On a wide screen the header grows with the rest.
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_largest_text_leaves_the_header_as_it_is_on_a_phone(int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
        var (page, _, errors) = await site.OpenAsync(width, context: context);
        await page.GotoAsync(site.BaseUrl + Plain);
        const string header = "() => document.querySelector('.site-head').getBoundingClientRect().height";
        const string brand = "() => parseFloat(getComputedStyle(document.querySelector('.brand')).fontSize)";
        var (height, size, text) = (await page.EvaluateAsync<double>(header), await page.EvaluateAsync<double>(brand), await TextFontSize(page));
        await page.ClickAsync("#reader-settings summary");
        await page.SelectOptionAsync("select[data-setting=size]", "5");
        await page.SelectOptionAsync("select[data-setting=leading]", "3");
        await page.ClickAsync("#reader-settings summary");
        Assert.Equal(text * 1.5, await TextFontSize(page), 1.0);
        if (width < 640)
        {
            Assert.Equal(size, await page.EvaluateAsync<double>(brand), 0.5);
            Assert.Equal(height, await page.EvaluateAsync<double>(header), 2.0);
            // The first paragraph starts on the first screen.
            Assert.True(await page.EvaluateAsync<double>("() => document.querySelector('.text .orig p').getBoundingClientRect().top") < 844);
        }
        else Assert.Equal(size * 1.5, await page.EvaluateAsync<double>(brand), 0.5);
        Assert.Empty(errors);
    }

    static Task<double> RootFontSize(IPage page) => page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
    static Task<double> TextFontSize(IPage page) => page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.text .orig p')).fontSize)");
    static Task<double> LineHeight(IPage page) => page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.text .orig p')).lineHeight)");

    public static TheoryData<string> AllKinds => new()
    {
        "index.html", "messages/index.html", Plain, "resolutions/index.html", "resolutions/rangin-kamani-ha.html", "topics/index.html",
        "topics/women.html", "about/index.html", "search/index.html", "en/index.html", "en/search/index.html", "translations/index.html", "404.html",
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task At_200_percent_zoom_on_a_390px_phone_nothing_scrolls_sideways(string path)
    {
        // 200 % zoom in a 390 px window lays the page out in 195 CSS pixels, drawn at twice the scale.
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 195, Height = 450 }, DeviceScaleFactor = 2 });
        var (page, _, _) = await site.OpenAsync(195, context: context);
        await page.GotoAsync(site.BaseUrl + path);
        await page.EvaluateAsync("document.fonts.ready");
        await NoSidewaysScroll(page, path);
        if (await page.Locator("#reader-settings").IsVisibleAsync())
        {
            await page.ClickAsync("#reader-settings summary");
            await NoSidewaysScroll(page, path + " (settings open)");
        }
        if (await page.Locator("a.pl").CountAsync() > 0)
        {
            await OpenBar(page, 1);
            await NoSidewaysScroll(page, path + " (¶ bar open)");
        }
    }

    [Fact]
    public async Task The_paragraph_link_is_a_finger_sized_target_drawn_at_full_strength()
    {
        var (page, _, _) = await site.OpenAsync(390);
        await page.GotoAsync(site.BaseUrl + Plain);
        var sizes = await page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('.orig a.pl')].map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height, +getComputedStyle(a).opacity]; })");
        Assert.NotEmpty(sizes.EnumerateArray());
        foreach (var s in sizes.EnumerateArray())
        {
            Assert.True(s[0].GetDouble() >= 24 && s[1].GetDouble() >= 24, $"a ¶ link of {s[0]}×{s[1]} px (WCAG 2.5.8 asks 24×24)");
            Assert.Equal(1, s[2].GetDouble());
        }
    }

    [Fact]
    public async Task At_200_percent_zoom_the_side_by_side_page_and_the_largest_text_do_not_scroll_sideways_either()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 195, Height = 450 }, DeviceScaleFactor = 2 });
        var (page, _, _) = await site.OpenAsync(195, context: context);
        var path = site.TranslatedMessages()[0];
        await page.GotoAsync(site.BaseUrl + path + "#side-en");
        await NoSidewaysScroll(page, path);
        await page.ClickAsync("#reader-settings summary");
        await page.SelectOptionAsync("select[data-setting=size]", "5");
        await page.SelectOptionAsync("select[data-setting=leading]", "3");
        await NoSidewaysScroll(page, path + " at 150 % text");
        await OpenBar(page, 2);
        await NoSidewaysScroll(page, path + " at 150 % text, ¶ bar open");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, "zoom-200-side-by-side-390.png") });
    }

    static async Task NoSidewaysScroll(IPage page, string what)
    {
        var r = await page.EvaluateAsync<JsonElement>(
            "() => { const d = document.documentElement; const w = []; for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect(); if (r.width && (r.right > d.clientWidth + 1 || r.left < -1) && w.length < 6) w.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '–' + Math.round(r.right) + ' ' + e.textContent.slice(0, 30)); } return { scroll: d.scrollWidth, client: d.clientWidth, widest: w.join('; ') }; }");
        var (scroll, client, widest) = (r.GetProperty("scroll").GetDouble(), r.GetProperty("client").GetDouble(), r.GetProperty("widest").GetString());
        Assert.True(scroll <= client, $"{what}: the page is {scroll}px wide in a {client}px window ({widest})");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Axe_finds_nothing_serious_with_the_bar_and_the_settings_open(int width)
    {
        foreach (var path in new[] { Plain, site.TranslatedMessages()[0] + "#side-en" })
        {
            var page = await OpenAsync(width, path);
            await page.ClickAsync("#reader-settings summary");
            if (!path.Contains('#')) await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"reading-settings-open-{width}.png") });
            await OpenBar(page, 2);
            await page.AddScriptTagAsync(new() { Path = Path.Combine(Paths.Root, "node_modules", "axe-core", "axe.min.js") });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0,3).join(', '))");
            Assert.Empty(json.EnumerateArray().Select(v => v.GetString()));
        }
    }
}
