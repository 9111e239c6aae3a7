using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>The workbench keeps working without a connection once a translator has opened it (its service worker).</summary>
[Collection("browser")]
public class WorkbenchOfflineTests(BuiltSite site)
{
    [Fact]
    public async Task A_workbench_opened_once_opens_again_offline_with_the_draft_kept()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 900 } });
        var (page, offsite, errors) = await site.OpenAsync(390, context: context);
        var path = "translate/ar/msg-001.html";
        await page.GotoAsync(site.BaseUrl + path);
        await page.WaitForSelectorAsync("html[data-offline-ready]", new() { Timeout = 20_000 });
        await page.FillAsync("#wb-s1", "ترجمة الفقرة الأولى");
        await page.WaitForFunctionAsync("() => !document.documentElement.hasAttribute('data-wb-pending')");

        await context.SetOfflineAsync(true);
        var response = await page.ReloadAsync();
        Assert.True(response!.Ok, "the page came back offline");
        Assert.Equal("ترجمة الفقرة الأولى", await page.InputValueAsync("#wb-s1"));
        // Its stylesheet and script came from the worker's keeping: the page is laid out and checks as before.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('wb-ready')"));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.href.endsWith('assets/site.css') && s.cssRules.length > 0)"));

        // The rest of the site is not the worker's: a reading page not opened before does not open offline.
        await Assert.ThrowsAnyAsync<PlaywrightException>(() => page.GotoAsync(site.BaseUrl + "messages/index.html"));
        await context.SetOfflineAsync(false);
        Assert.Empty(offsite);
        await context.CloseAsync();
    }
}
