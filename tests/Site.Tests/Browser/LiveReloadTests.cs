using Microsoft.Playwright;
using Site.Cli;
using Site.Project;

namespace Site.Tests.Browser;

/// <summary>serve: a page open in the browser reloads itself after a save, where the reader was; the built site has no such script.</summary>
[Collection("browser")]
public class LiveReloadTests(BuiltSite site)
{
    [Fact]
    public async Task A_saved_message_reloads_the_open_page_at_the_same_place_and_the_built_site_has_no_reload_script()
    {
        var p = new TempProject("live-reload");
        await using var preview = new Preview(SiteConfig.Load(p.Root), Paths.FreePort());
        await preview.StartAsync();
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 700 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Url + "messages/raha-sabet.html");
        await page.EvaluateAsync("() => window.scrollTo(0, 600)");
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(before > 500, $"the page scrolled to {before}");

        // The editor saves; nobody presses reload.
        var file = p.Message("012");
        p.Write(file, System.Text.RegularExpressions.Regex.Replace(p.Read(file), "رها ثابت[^\n]*\n*$", "رها ثابت ویرایش‌زنده\n"));
        await Assertions.Expect(page.Locator(".text")).ToContainTextAsync("ویرایش‌زنده", new() { Timeout = 15000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        Assert.InRange(await page.EvaluateAsync<double>("() => window.scrollY"), before - 50, before + 50);

        // The script is the preview's: served pages carry it, the files in output/ do not.
        Assert.Contains(LiveReload.Marker, await page.ContentAsync());
        var built = Directory.EnumerateFiles(p.PathOf("output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(built);
        Assert.DoesNotContain(built, f => File.ReadAllText(f).Contains(LiveReload.Marker, StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
