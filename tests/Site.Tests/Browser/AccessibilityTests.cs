using System.Text.Json;

namespace Site.Tests.Browser;

/// <summary>axe-core (from the npm registry) run inside the pages: no violation of serious or critical impact.</summary>
[Collection("browser")]
public class AccessibilityTests(BuiltSite site)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var w in new[] { 390, 1280 })
            foreach (var p in new[] { "index.html", "messages/index.html", "messages/sholeh-paydar.html", "resolutions/index.html", "resolutions/rangin-kamani-ha.html", "topics/index.html", "topics/women.html", "about/index.html", "search/index.html", "en/index.html", "translations/index.html", "404.html",
                "en/messages/index.html", "en/messages/sholeh-paydar.html", "ar/index.html", "ar/messages/sholeh-paydar.html", "ar/messages/yashar-sahandi.html", "ar/about/index.html", "ar/search/index.html" })
                data.Add(p, w);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_serious_or_critical_violations(string path, int width)
    {
        var (page, _, _) = await site.OpenAsync(width);
        await page.GotoAsync(site.BaseUrl + path);
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Paths.Root, "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        var bad = json.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
        Assert.True(bad.Count == 0, $"{path} at {width}px:\n" + string.Join("\n", bad));
    }

    [Theory]
    [InlineData("#side-en")]
    [InlineData("ar")]
    public async Task The_side_by_side_page_passes_too(string which)
    {
        var (page, _, _) = await site.OpenAsync(1280);
        if (which == "ar")
        {
            await page.GotoAsync(site.BaseUrl + "ar/messages/sholeh-paydar.html");
            await page.ClickAsync("label[for=m-side]");
        }
        else await page.GotoAsync(site.BaseUrl + site.TranslatedMessages()[0] + which);
        await page.AddScriptTagAsync(new() { Path = Path.Combine(Paths.Root, "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0,3).join(', '))");
        Assert.Empty(json.EnumerateArray().Select(v => v.GetString()));
    }
}
