using System.Diagnostics;
using System.Net.Http;
using Microsoft.Playwright;
using Site.Downloads;
using Site.Model;
using Site.Pipeline;
using Site.Project;
using Site.Tests.Browser;

namespace Site.Tests.Downloads;

/// <summary>The Kiwix copy: a ZIM that zimcheck passes, the same from build to build, that kiwix-serve serves to a browser.</summary>
public class ZimTests
{
    static async Task<string> Build(TempProject p)
    {
        Machine.Require("zimwriterfs");
        Machine.Require("faketime");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);
        return Path.Combine(output, "download", Zim.NameFor("fa"));
    }

    [Fact]
    public async Task The_zim_passes_zimcheck()
    {
        var zim = await Build(new TempProject("zimcheck"));
        Machine.Require("zimcheck");
        var (code, said) = DebianTools.Exec("zimcheck", ["-A", zim]);
        Assert.True(code == 0, said);
    }

    [Fact]
    public void Two_runs_of_zimwriterfs_on_the_same_files_give_the_same_bytes()
    {
        Machine.Require("zimwriterfs");
        Machine.Require("faketime");
        var dir = Paths.TempDir("zim-same");
        File.WriteAllText(Path.Combine(dir, "index.html"), "<!doctype html><html lang=fa dir=rtl><head><meta charset=utf-8><title>آزمون</title></head><body><h1>آزمون</h1><a href=\"b.html\">ب</a></body></html>");
        File.WriteAllText(Path.Combine(dir, "b.html"), "<!doctype html><html lang=fa dir=rtl><head><meta charset=utf-8><title>ب</title></head><body><p>ب</p></body></html>");
        var site = new SiteModel(SiteConfig.Load(Paths.Root) with { Root = dir }, new(), new(), new Dictionary<string, UiStrings>(), [], [], [], new Dictionary<string, IReadOnlyList<RenderedDocument>>(), new Dictionary<string, IReadOnlyList<Site.Translations.Translation>>(), []);
        var (first, w1) = Zim.Make(site, dir, ["b.html", "index.html"], "fa", useCache: false);
        var (second, w2) = Zim.Make(site, dir, ["b.html", "index.html"], "fa", useCache: false);
        Assert.Null(w1);
        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Kiwix_serve_serves_the_zim_and_a_browser_opens_a_message_and_searches_through_it()
    {
        var zim = await Build(new TempProject("kiwix"));
        Machine.Require("kiwix-serve");
        var port = Paths.FreePort();
        using var serve = Process.Start(new ProcessStartInfo("kiwix-serve", ["--address", "127.0.0.1", "--port", port.ToString(), zim]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        try
        {
            // kiwix-serve 3.3 serves a book at /<file name without .zim>/<path in the ZIM>.
            var url = $"http://127.0.0.1:{port}/{Path.GetFileNameWithoutExtension(zim)}/messages/sholeh-paydar.html";
            using var http = new HttpClient();
            for (var i = 0; i < 100; i++)
            {
                try { if ((await http.GetAsync(url)).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                await Task.Delay(100);
            }
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BuiltSite.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 900 } });
            var response = await page.GotoAsync(url);
            Assert.True(response!.Ok, $"{url}: {response.Status}");
            Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("html", "e => e.dir"));
            Assert.Contains("شعله پایدار", await page.InnerTextAsync("h1"));
            await page.EvaluateAsync("document.fonts.ready");
            Assert.True(await page.EvaluateAsync<bool>("[...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Vazirmatn' && f.status === 'loaded')"));
            // A link on the page leads on inside the ZIM.
            await page.ClickAsync("a[rel=next]");
            Assert.Contains($"/{Path.GetFileNameWithoutExtension(zim)}/messages/", page.Url);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Directory.CreateDirectory(BuiltSite.Artifacts);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, "kiwix-message-390.png") });

            // The ZIM has no Pagefind index (nor Kiwix's full-text one): its search page answers from records.js.
            var book = $"http://127.0.0.1:{port}/{Path.GetFileNameWithoutExtension(zim)}/";
            await page.GotoAsync(book + "search/index.html?q=" + Uri.EscapeDataString("صداي بي\u200Cصدايان"));
            await page.WaitForSelectorAsync(".search-result");
            Assert.Contains(await page.EvalOnSelectorAllAsync<string[]>(".search-result h2 a", "as => as.map(a => a.href)"), h => h == book + "messages/ba-droud-be-rfgha.html");
            await page.GotoAsync(book + "en/search/index.html?q=Khavaran");
            await page.WaitForSelectorAsync(".search-result");
            Assert.Contains(await page.EvalOnSelectorAllAsync<string[]>(".search-result h2 a", "as => as.map(a => a.href)"), h => h == book + "en/messages/rokhsaneh-reyhaneh.html");
            Assert.True(await page.IsHiddenAsync("#search-fallback"));
        }
        finally { serve.Kill(entireProcessTree: true); }
    }
}
