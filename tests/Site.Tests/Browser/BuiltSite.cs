using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.Cli;
using Site.Project;

namespace Site.Tests.Browser;

/// <summary>
/// One real build of the real corpus (with its translations), served on 127.0.0.1 by the project's own preview
/// server, and one Debian Chromium driven by Playwright, shared by the browser tests.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public TempProject Project { get; } = new("browser");
    public string Output => Project.PathOf("output");
    public string BaseUrl => preview!.Url;
    public IBrowser Browser { get; private set; } = default!;
    public static string Artifacts { get; } = Path.Combine(Paths.Root, "artifacts", "screenshots");

    Preview? preview;
    IPlaywright? playwright;

    /// <summary>Debian's chromium (CHROMIUM_PATH overrides), installed when missing; Playwright never downloads a browser of its own.</summary>
    public static string ChromiumPath => Machine.Require("chromium");

    /// <summary>Where the site's "Report a problem" links lead (set in the test project's statiq.config).</summary>
    public const string Repository = "example/congress12";
    public const string ContactEmail = "corrections@example.org";
    /// <summary>The test project's settings (in GitHub Actions the repository is the workflow's own).</summary>
    public SiteConfig Config { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath;
        // The edition is pinned: the tests spell out its date in Persian and English.
        Project.Write("statiq.config", Project.Read("statiq.config").Replace("edition:\n  date:\n  commit:", "edition:\n  date: 2026-12-06\n  commit: abc1234")
            .Replace("\nrepository:\n", $"\nrepository: {Repository}\n").Replace("\ncontact_email:\n", $"\ncontact_email: {ContactEmail}\n"));
        var config = Config = SiteConfig.Load(Project.Root);
        Assert.Equal(ContactEmail, config.ContactEmail);
        // The site as published: without the preview's reload script.
        preview = new Preview(config, Paths.FreePort(), liveReload: false);
        await preview.StartAsync();
        // The tests read the downloads and search the index: both follow the first pages.
        Assert.Null(await preview.Extras);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        if (preview is not null) await preview.DisposeAsync();
    }


    /// <summary>A page of a new context at the given width; every request is recorded and must stay on 127.0.0.1.</summary>
    public async Task<(IPage Page, List<string> Offsite, List<string> Errors)> OpenAsync(int width, bool javaScript = true, IBrowserContext? context = null)
    {
        context ??= await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var offsite = new List<string>();
        var errors = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1") { offsite.Add(route.Request.Url); await route.AbortAsync(); }
            else await route.ContinueAsync();
        });
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        return (page, offsite, errors);
    }

    /// <summary>Messages that have an English translation, by page path.</summary>
    public IReadOnlyList<string> TranslatedMessages() =>
        Directory.EnumerateFiles(Path.Combine(Paths.Root, "input", "translations", "en", "messages"), "*.md")
            .Select(f => "messages/" + Path.GetFileNameWithoutExtension(f) + ".html").Order(StringComparer.Ordinal).ToList();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BuiltSite>;
