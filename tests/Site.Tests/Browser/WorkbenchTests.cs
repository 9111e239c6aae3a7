using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Site.Check;
using Site.Corpus;
using Site.Translations;
using Site.Cli;
using Site.Pipeline;
using Site.Project;
using Site.Text;

namespace Site.Tests.Browser;

/// <summary>
/// A site where msg-060 (short) and msg-015 (long) have no English translation and the repository is named,
/// served on 127.0.0.1, unzipped from its offline copy, and one Chromium.
/// </summary>
public sealed class WorkbenchSite : IAsyncLifetime
{
    public const string Short = "translate/en/msg-060.html";
    public const string Long = "translate/en/msg-015.html";
    public TempProject Project { get; } = new("workbench-browser");
    public string BaseUrl => preview!.Url;
    public string Unzipped { get; } = Paths.TempDir("workbench-unzipped");
    public IBrowser Browser { get; private set; } = default!;
    Preview? preview;
    IPlaywright? playwright;

    public async Task InitializeAsync()
    {
        File.Delete(Project.PathOf("input/translations/en/messages/morteza-ahmadi.md"));
        File.Delete(Project.PathOf("input/translations/en/messages/sholeh-paydar.md"));
        Project.Write("statiq.config", Project.Read("statiq.config").Replace("\nrepository:\n", "\nrepository: example/congress12\n"));
        preview = new Preview(SiteConfig.Load(Project.Root), Paths.FreePort(), liveReload: false);
        await preview.StartAsync();
        // The offline copy follows the first pages.
        Assert.Null(await preview.Extras);
        ZipFile.ExtractToDirectory(Project.PathOf("output/download/congress12-site.zip"), Unzipped);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BuiltSite.ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        if (preview is not null) await preview.DisposeAsync();
    }
}

[CollectionDefinition("workbench")]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchSite>;

[Collection("workbench")]
public class WorkbenchTests(WorkbenchSite site)
{
    /// <summary>A page in a new context; every request not to 127.0.0.1 (or file://) is recorded and refused.</summary>
    async Task<(IPage Page, List<string> Offsite, List<string> Errors)> Open(int width, bool javaScript = true, bool serviceWorkers = true)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = javaScript,
            ServiceWorkers = serviceWorkers ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var offsite = new List<string>();
        var errors = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var uri = new Uri(route.Request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1") { offsite.Add(route.Request.Url); await route.AbortAsync(); }
            else await route.ContinueAsync();
        });
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        return (page, offsite, errors);
    }

    /// <summary>The file, the preview and the link are made again once typing pauses: wait for that.</summary>
    static Task Settled(IPage page) => page.WaitForFunctionAsync("!document.documentElement.hasAttribute('data-wb-pending')");

    static async Task Fill(IPage page, int paragraphs)
    {
        await page.FillAsync("#wb-title", "Message from Morteza Ahmadi, a Haft Tappeh worker");
        await page.FillAsync("#wb-author", "Morteza Ahmadi");
        await page.FillAsync("#wb-translators", "Test Translator, Second \"Quoted\" Name");
        for (int n = 1; n <= paragraphs; n++)
            await page.FillAsync($"textarea[data-paragraph=\"{n}\"]", $"The Haft Tappeh paragraph {n}, with *emphasis*.");
        await Settled(page);
    }

    /// <summary>A project of a test's own, which it changes and builds again (pages only), opened from file://.</summary>
    static Task Build(TempProject p) => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output"), new BuildOptions(PagesOnly: true));
    static string FileUrl(TempProject p, string page) => new Uri(p.PathOf("output/" + page)).AbsoluteUri;

    /// <summary>msg-045 (two paragraphs) has an English translation; its workbench and its file.</summary>
    const string Translated = "translate/en/msg-045.html", TranslatedFile = "input/translations/en/messages/20-nafar-az-kargaran.md";

    static async Task<int> Warnings(IPage page) =>
        int.Parse(Regex.Match(await page.TextContentAsync("#wb-summary") ?? "", @"(\d+) warning").Groups[1].Value);

    /// <summary>The file written into a copy of the project without that translation: check must find nothing wrong with it.</summary>
    static void PassesCheck(string text, string slug, string name)
    {
        var scratch = new TempProject(name);
        var file = $"input/translations/en/messages/{slug}.md";
        scratch.Write(file, text);
        var findings = Checker.Run(SiteConfig.Load(scratch.Root)).Where(f => f.File == file).ToList();
        Assert.Empty(findings.Where(f => !f.IsWarning));
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Served_a_filled_workbench_survives_a_reload_and_its_file_passes_check(int width)
    {
        var (page, offsite, errors) = await Open(width);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Short);
        Assert.Equal(2, await page.Locator("textarea[data-paragraph]").CountAsync());
        Assert.Contains("0 of 2 paragraphs translated; 4 error(s)", await page.TextContentAsync("#wb-summary") ?? "");   // the title, translators and both slots are empty
        Assert.True(await page.Locator(".orig mark.gl").First.IsVisibleAsync());   // هفت تپه, the glossary's Haft Tappeh
        // The original is signed: an empty sender is check's warning, said here too (it called the file ready).
        Assert.Contains("The original is signed", await page.TextContentAsync("#wb-author-msgs") ?? "");
        await Fill(page, 2);
        Assert.Equal("", await page.TextContentAsync("#wb-author-msgs"));
        Assert.Contains("No errors", await page.TextContentAsync("#wb-summary"));
        await page.ReloadAsync();
        Assert.Equal("The Haft Tappeh paragraph 2, with *emphasis*.", await page.InputValueAsync("textarea[data-paragraph=\"2\"]"));
        Assert.Equal("Morteza Ahmadi", await page.InputValueAsync("#wb-author"));
        var text = await page.InputValueAsync("#translation-file");
        Assert.Contains("translators: [Test Translator, \"Second \\\"Quoted\\\" Name\"]", text);
        PassesCheck(text, "morteza-ahmadi", "workbench-scratch-" + width);
        // The page carries the original once (the script reads it from the rows), yet the file has it as written.
        var original = CorpusReader.Read(site.Project.PathOf("input")).Messages.Single(m => m.Slug == "morteza-ahmadi");
        Assert.DoesNotContain(original.Paragraphs[0], await page.TextContentAsync("#wb-data") ?? "");
        for (int i = 0; i < original.Paragraphs.Count; i++) Assert.Contains(Scaffold.Anchor(i + 1, original.Paragraphs[i]), text);
        Assert.Contains("source_hashes: [" + string.Join(", ", original.Paragraphs.Select(Site.Text.PersianText.ParagraphHash)), text);
        // The preview shows the pair as the site will: emphasis kept.
        Assert.Equal("emphasis", await page.TextContentAsync("#wb-preview .row:nth-child(2) .tr em"));

        // The short file goes to GitHub's new-file page in the address.
        var href = await page.GetAttributeAsync("#wb-propose", "href");
        Assert.StartsWith("https://github.com/example/congress12/new/main?filename=input%2Ftranslations%2Fen%2Fmessages%2Fmorteza-ahmadi.md&value=", href);
        Assert.Equal(text, Uri.UnescapeDataString(href![(href.IndexOf("&value=", StringComparison.Ordinal) + 7)..]));

        // At 390 px nothing runs off the side, and the slots are wide enough to write in.
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
        Assert.True((await page.Locator("textarea[data-paragraph=\"1\"]").BoundingBoxAsync())!.Width >= Math.Min(300, width - 60));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BuiltSite.Artifacts, $"workbench-{width}.png"), FullPage = true });

        // Start over, and it is gone, here and after a reload.
        await page.ClickAsync("#wb-reset");
        await page.ClickAsync("#wb-reset-yes");
        Assert.Equal("", await page.InputValueAsync("textarea[data-paragraph=\"1\"]"));
        await page.ReloadAsync();
        Assert.Equal("", await page.InputValueAsync("#wb-title"));
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_long_file_goes_to_github_by_the_clipboard_and_the_page_says_so()
    {
        var (page, offsite, errors) = await Open(1280);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.TrimEnd('/') });
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Long);
        await Fill(page, 12);
        var href = await page.GetAttributeAsync("#wb-propose", "href");
        Assert.Equal("https://github.com/example/congress12/new/main?filename=input%2Ftranslations%2Fen%2Fmessages%2Fsholeh-paydar.md", href);
        // The press copies the file and says what to do on GitHub's page before anything leaves this one (on a phone
        // that page takes this one's place); the link under the steps goes there.
        var pages = page.Context.Pages.Count;
        await page.ClickAsync("#wb-propose");
        await page.WaitForFunctionAsync("document.getElementById('wb-notice').textContent.includes('copied')");
        Assert.Equal(pages, page.Context.Pages.Count);
        Assert.Contains("Commit changes", await page.TextContentAsync("#wb-notice"));
        // The file has left the page: the translator learns the draft, their name too, stays until Start over.
        Assert.Contains("stays in this browser until you press “Start over”", await page.TextContentAsync("#wb-notice"));
        Assert.Equal(href, await page.GetAttributeAsync("#wb-notice a#wb-open-github", "href"));
        Assert.Equal(await page.InputValueAsync("#translation-file"), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_summary_links_the_paragraphs_to_see_and_proposing_with_errors_asks_twice()
    {
        var (page, offsite, errors) = await Open(390);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Long);
        await Fill(page, 12);
        await page.FillAsync("textarea[data-paragraph=\"3\"]", "");
        await page.FillAsync("textarea[data-paragraph=\"5\"]", "A <b>bold</b> word.");
        await Settled(page);
        // The links are the paragraphs whose boxes show something, errors first (¶3, empty), then warnings (¶5's HTML,
        // and the glossary's where a term's rendering is missing).
        Assert.Equal(["#wb-p3"], await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#wb-summary a.wb-error')].map(a => a.getAttribute('href'))"));
        var warned = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.wb-row')].filter(r => r.querySelector('.wb-msgs li.wb-warning') && !r.querySelector('.wb-msgs li.wb-error')).map(r => '#' + r.id)");
        Assert.Contains("#wb-p5", warned);
        Assert.Equal(warned, await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#wb-summary a.wb-warning')].map(a => a.getAttribute('href'))"));

        // With an error, the first press says check will refuse the file and goes nowhere; the second goes.
        var pages = page.Context.Pages.Count;
        await page.ClickAsync("#wb-propose");
        Assert.Contains("1 error(s)", await page.TextContentAsync("#wb-notice"));
        Assert.Equal(pages, page.Context.Pages.Count);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.TrimEnd('/') });
        await page.ClickAsync("#wb-propose");
        await page.WaitForFunctionAsync("document.getElementById('wb-notice').textContent.includes('copied')");
        Assert.NotNull(await page.QuerySelectorAsync("#wb-open-github"));
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    /// <summary>
    /// The preview shows a paragraph as the site will (the site's Markdown, Site.Corpus.MarkdownText): an underscore in
    /// an address made the rest of the line italic and its link text, and a link whose address holds parentheses was
    /// not made, so a volunteer "fixed" text that was right.
    /// </summary>
    [Theory]
    [InlineData("See https://fa.wikipedia.org/wiki/Evin_(prison) and [Evin](https://en.wikipedia.org/wiki/Evin_Prison_(Tehran)).")]
    [InlineData("A _word_ and a snake_case_name, *one* and **two**, `code_here`.")]
    [InlineData("[x](javascript:alert(1)) and [y](https://example.org/a_b)")]
    public async Task The_preview_reads_markdown_as_the_site_does(string typed)
    {
        var (page, _, errors) = await Open(1280);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Short);
        await page.FillAsync("textarea[data-paragraph=\"1\"]", typed);
        await Settled(page);
        var shown = await page.Locator("#wb-preview .row").First.Locator(".tr p").InnerHTMLAsync();
        var built = Site.Corpus.MarkdownText.Blocks(typed, 1, html: true, persian: false).Single().Html;
        // The site keeps an unsafe link's text as text; the preview puts it in a span.
        Assert.Equal(Normal(built), Normal(System.Text.RegularExpressions.Regex.Replace(shown, "</?span>", "")));
        Assert.Empty(errors);

        static string Normal(string html) => System.Text.RegularExpressions.Regex.Replace(html.Replace("<p>", "").Replace("</p>", "").Trim(), "\\s+", " ");
    }

    [Fact]
    public async Task Typed_script_is_shown_as_text_and_never_runs()
    {
        var (page, offsite, errors) = await Open(390);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Short);
        const string attack = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> [x](javascript:window.pwned=3)";
        await page.FillAsync("textarea[data-paragraph=\"1\"]", attack);
        await page.FillAsync("#wb-title", "<img src=y onerror=\"window.pwned = 4\">");
        await Settled(page);
        var tr = page.Locator("#wb-preview .row").First.Locator(".tr");
        Assert.Contains("<script>window.pwned = 1</script>", await tr.TextContentAsync());
        Assert.Equal(0, await page.Locator("#wb-preview img, #wb-preview script, #wb-preview a").CountAsync());
        await page.ClickAsync("#wb-preview .row .tr span");   // the unsafe link stays text
        Assert.True(await page.EvaluateAsync<bool>("typeof window.pwned === 'undefined'"));
        var warnings = await page.TextContentAsync("#wb-m1");
        Assert.Contains("“<script>” is HTML", warnings);
        Assert.Contains("“javascript:window.pwned=3” will be shown as plain text", warnings);
        // A reference to an invisible character is an error, as check says.
        Assert.DoesNotContain("invisible", warnings);
        await page.FillAsync("textarea[data-paragraph=\"1\"]", attack + " &#1;");
        await Settled(page);
        Assert.Contains("“&#1;” writes an invisible character that no page can show", await page.TextContentAsync("#wb-m1"));
        Assert.Contains("wb-has-error", await page.GetAttributeAsync("textarea[data-paragraph=\"1\"]", "class") ?? "");
        await page.ReloadAsync();   // restored from storage, still text
        Assert.True(await page.EvaluateAsync<bool>("typeof window.pwned === 'undefined'"));
        Assert.Empty(offsite);
        Assert.Empty(errors.Where(e => !e.Contains("ERR_FILE_NOT_FOUND") && !e.Contains("404")));
    }

    [Fact]
    public async Task From_file_in_the_unzipped_copy_and_from_a_sub_path_it_works_the_same()
    {
        // file://, from the offline copy.
        var (page, offsite, errors) = await Open(390);
        var url = new Uri(Path.Combine(site.Unzipped, "congress12", WorkbenchSite.Short)).AbsoluteUri;
        await page.GotoAsync(url);
        await Fill(page, 2);
        await page.ReloadAsync();
        Assert.Equal("The Haft Tappeh paragraph 1, with *emphasis*.", await page.InputValueAsync("textarea[data-paragraph=\"1\"]"));
        PassesCheck(await page.InputValueAsync("#translation-file"), "morteza-ahmadi", "workbench-scratch-file");
        Assert.StartsWith("file://", page.Url);

        // Under /congress12/ on a host (the files served by the browser's router, as a mirror would).
        // Playwright's routing does not reach a service worker's script, so this mirror could not serve the
        // workbench's worker (a real host does: WorkbenchOfflineTests); the page works the same without it.
        var (sub, subOffsite, subErrors) = await Open(1280, serviceWorkers: false);
        var root = Path.Combine(site.Unzipped, "congress12");
        await sub.RouteAsync("http://127.0.0.1:9/congress12/**", async route =>
        {
            var path = Path.Combine(root, new Uri(route.Request.Url).AbsolutePath["/congress12/".Length..]);
            if (File.Exists(path)) await route.FulfillAsync(new() { Path = path });
            else await route.FulfillAsync(new() { Status = 404 });
        });
        await sub.GotoAsync("http://127.0.0.1:9/congress12/" + WorkbenchSite.Short);
        await Fill(sub, 2);
        Assert.Contains("No errors", await sub.TextContentAsync("#wb-summary"));
        Assert.Equal(await page.InputValueAsync("#translation-file"), await sub.InputValueAsync("#translation-file"));
        Assert.Empty(offsite.Concat(subOffsite));
        Assert.Empty(errors.Concat(subErrors));
    }

    /// <summary>
    /// The original of a translated paragraph changed. Proposing wrote every paragraph's current hash and wording, so
    /// the file marked the translation up to date though nobody had looked at it; now a paragraph nobody revised keeps
    /// what its translation pinned (check still warns), until the translator changes its text or ticks that it holds.
    /// </summary>
    [Fact]
    public async Task A_paragraph_whose_original_changed_stays_marked_until_the_translator_revises_it()
    {
        var p = new TempProject("workbench-stale");
        var original = p.Message("045");
        const string was = "صمیمانه تبریک", now = "از صمیم قلب تبریک";
        p.Write(original, p.Read(original).Replace(was, now));
        await Build(p);
        var doc = CorpusReader.Read(p.PathOf("input")).Messages.Single(m => m.Id == "msg-045");
        var (hash1, hash2) = (PersianText.ParagraphHash(doc.Paragraphs[0]), PersianText.ParagraphHash(doc.Paragraphs[1]));
        var pinned = Regex.Match(p.Read(TranslatedFile), @"source_hashes: \[(\w+), (\w+)\]");
        var old2 = pinned.Groups[2].Value;
        Assert.Equal(hash1, pinned.Groups[1].Value);
        Assert.NotEqual(hash2, old2);   // paragraph 2, and it alone, changed

        var (page, _, errors) = await Open(1280);
        await page.GotoAsync(FileUrl(p, Translated));
        Assert.Contains("My translation still holds for the new wording", await page.TextContentAsync("#wb-p2 .wb-change"));
        Assert.Contains("The original of this paragraph changed (shown above)", await page.TextContentAsync("#wb-m2"));
        Assert.DoesNotContain("changed", await page.TextContentAsync("#wb-m1"));
        var stale = await Warnings(page);

        // Another paragraph touched: the changed one keeps its old hash and wording, and check still warns of it.
        await page.FillAsync("#wb-s1", "To the Congress of the Worker-communist Party!");
        await Settled(page);
        var text = await page.InputValueAsync("#translation-file");
        Assert.Contains($"source_hashes: [{hash1}, {old2}]", text);
        Assert.Contains(was, text);
        Assert.DoesNotContain(now, text);
        p.Write(TranslatedFile, text);
        var w = Assert.Single(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == TranslatedFile);
        Assert.True(w.IsWarning);
        Assert.Contains("paragraph 2 of the original changed since it was translated: ", w.Problem);   // with what changed: the old wording is there

        // Ticked: it holds for the new wording, which the file pins; the warning goes, here and in check.
        await page.CheckAsync("#wb-p2 input[data-holds]");
        await Settled(page);
        text = await page.InputValueAsync("#translation-file");
        Assert.Contains($"source_hashes: [{hash1}, {hash2}]", text);
        Assert.Contains(Scaffold.Anchor(2, doc.Paragraphs[1]), text);
        Assert.DoesNotContain("The original of this paragraph changed", await page.TextContentAsync("#wb-m2"));
        Assert.Equal(stale - 1, await Warnings(page));
        p.Write(TranslatedFile, text);
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == TranslatedFile);
        // The tick is kept with the rest.
        await page.ReloadAsync();
        Assert.True(await page.IsCheckedAsync("#wb-p2 input[data-holds]"));

        // Not ticked, but the paragraph revised: the new hash as well.
        await page.UncheckAsync("#wb-p2 input[data-holds]");
        await Settled(page);
        Assert.Contains($"source_hashes: [{hash1}, {old2}]", await page.InputValueAsync("#translation-file"));
        await page.FillAsync("#wb-s2", await page.InputValueAsync("#wb-s2") + " Long live the Congress!");
        await Settled(page);
        Assert.Contains($"source_hashes: [{hash1}, {hash2}]", await page.InputValueAsync("#translation-file"));
        Assert.Equal(stale - 1, await Warnings(page));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A reviewer's change to the published translation, merged after the volunteer's visit: the draft kept in the
    /// browser overwrote it unseen, and proposing wrote the old text back. Now a field the volunteer left alone takes
    /// the published text, and one both changed keeps the draft with the published text beside it.
    /// </summary>
    [Fact]
    public async Task A_saved_draft_does_not_overwrite_a_newer_published_translation_unseen()
    {
        const string mine1 = "To the Congress of the Worker-communist Party, from us", theirs1 = "To the 12th Congress of the Worker-communist Party";
        const string myTitle = "Message of 20 Haft Tappeh workers";
        var p = new TempProject("workbench-newer");
        await Build(p);
        var (page, _, errors) = await Open(1280);
        await page.GotoAsync(FileUrl(p, Translated));
        await page.FillAsync("#wb-title", myTitle);
        await page.FillAsync("#wb-s1", mine1);
        await Settled(page);

        // Meanwhile a reviewer's change is merged: paragraphs 1 and 2 and the translators.
        p.Write(TranslatedFile, p.Read(TranslatedFile)
            .Replace("To the Congress of the Worker-communist Party\n", theirs1 + "\n")
            .Replace("We wish the Congress success.", "We wish the Congress every success.")
            .Replace("translators: [project team]", "translators: [project team, A. Reviewer]"));
        await Build(p);
        await page.ReloadAsync();

        // Changed in both: the draft's, with the published text beside it.
        Assert.Equal(mine1, await page.InputValueAsync("#wb-s1"));
        var note = page.Locator("#wb-p1 .wb-newer");
        Assert.Contains("The published translation of this changed since your saved draft", await note.TextContentAsync());
        Assert.Equal(theirs1, await note.Locator(".wb-published").TextContentAsync());
        Assert.Equal(1, await page.Locator(".wb-newer").CountAsync());
        // Until the translator chooses, the summary counts it and links it (it said "the file is ready" without it).
        Assert.Equal(1, await page.Locator("#wb-summary a.wb-warning[href='#wb-p1']").CountAsync());
        // Changed on the page only: the published text, silently; changed in the draft only: the draft's.
        Assert.EndsWith("We wish the Congress every success.", await page.InputValueAsync("#wb-s2"));
        Assert.Equal("project team, A. Reviewer", await page.InputValueAsync("#wb-translators"));
        Assert.Equal(myTitle, await page.InputValueAsync("#wb-title"));
        var file = await page.InputValueAsync("#translation-file");
        Assert.Contains("We wish the Congress every success.", file);
        Assert.Contains("translators: [project team, A. Reviewer]", file);   // as the file writes them: an unchanged line is no change

        // The button takes the published text; the note goes, and does not come back.
        await note.Locator("button").ClickAsync();
        await Settled(page);
        Assert.Equal(theirs1, await page.InputValueAsync("#wb-s1"));
        Assert.Equal(0, await page.Locator(".wb-newer").CountAsync());
        Assert.Equal(0, await page.Locator("#wb-summary a[href='#wb-p1']").CountAsync());
        Assert.Contains(theirs1 + "\n", await page.InputValueAsync("#translation-file"));
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator(".wb-newer").CountAsync());
        Assert.Equal(theirs1, await page.InputValueAsync("#wb-s1"));
        Assert.Equal(myTitle, await page.InputValueAsync("#wb-title"));

        // A draft kept before drafts had a base: where it differs from the published text, the two are shown.
        await page.EvaluateAsync("(() => { const k = 'workbench:en:msg-045', d = JSON.parse(localStorage.getItem(k)); delete d.base; d.slots[1] = 'An old draft of paragraph 2.'; localStorage.setItem(k, JSON.stringify(d)); })()");
        await page.ReloadAsync();
        Assert.Equal("An old draft of paragraph 2.", await page.InputValueAsync("#wb-s2"));
        Assert.Equal(1, await page.Locator("#wb-p2 .wb-newer").CountAsync());
        Assert.Equal(0, await page.Locator("#wb-p1 .wb-newer").CountAsync());
        Assert.Equal(myTitle, await page.InputValueAsync("#wb-title"));
        Assert.Equal(2, await page.Locator(".wb-newer").CountAsync());   // paragraph 2 and the title
        Assert.Empty(errors);
    }

    /// <summary>
    /// What check refuses with errors that never name it (a "&lt;!--" left open, a line that starts a heading) is an
    /// error as it is typed, not "No errors: the file is ready"; a paragraph that starts as a list is a warning.
    /// </summary>
    [Fact]
    public async Task A_comment_left_open_and_a_line_that_starts_a_block_are_errors_as_typed()
    {
        var (page, _, errors) = await Open(1280);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Short);
        await Fill(page, 2);
        Assert.Contains("No errors", await page.TextContentAsync("#wb-summary"));
        await page.FillAsync("textarea[data-paragraph=\"1\"]", "The Haft Tappeh paragraph 1. <!-- ask the reviewer");
        await page.FillAsync("textarea[data-paragraph=\"2\"]", "The Haft Tappeh paragraph 2,\n# 2 workers were arrested.");
        await Settled(page);
        Assert.Contains("“<!--” starts a comment that hides the rest of the file", await page.TextContentAsync("#wb-m1"));
        Assert.Contains("Line 2 of this paragraph starts with “#”", await page.TextContentAsync("#wb-m2"));
        Assert.Contains("write “\\#” to keep “#” as text", await page.TextContentAsync("#wb-m2"));
        var summary = await page.TextContentAsync("#wb-summary") ?? "";
        Assert.Contains("2 error(s)", summary);
        Assert.DoesNotContain("No errors", summary);
        await page.FillAsync("textarea[data-paragraph=\"1\"]", "The Haft Tappeh paragraph 1.");
        await page.FillAsync("textarea[data-paragraph=\"2\"]", "2) The Haft Tappeh paragraph 2.");
        await Settled(page);
        Assert.Contains("This paragraph starts with “2)”, so the site will show it as a list: to keep “2)” as text, write “2\\)”.", await page.TextContentAsync("#wb-m2"));
        Assert.Contains("No errors", await page.TextContentAsync("#wb-summary"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// The file box is left to right (its YAML keys), yet each line takes its own direction: an Arabic title with a
    /// Latin name and a number in it is shown as an Arabic reader writes it.
    /// </summary>
    [Fact]
    public async Task Each_line_of_the_file_takes_its_own_direction()
    {
        var (page, _, errors) = await Open(1280);
        await page.GotoAsync(site.BaseUrl + "translate/ar/msg-060.html");
        await page.FillAsync("#wb-title", "رسالة من (Hamid) إلى المؤتمر الـ12");
        await Settled(page);
        Assert.Contains("title: \"رسالة من (Hamid) إلى المؤتمر الـ12\"", await page.InputValueAsync("#translation-file"));
        var style = await page.EvaluateAsync<string[]>("(() => { const s = getComputedStyle(document.getElementById('translation-file')); return [s.unicodeBidi, s.direction]; })()");
        Assert.Equal(["plaintext", "ltr"], style);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_what_it_needs_and_links_the_other_ways()
    {
        var (page, _, _) = await Open(390, javaScript: false);
        await page.GotoAsync(site.BaseUrl + WorkbenchSite.Short);
        Assert.True(await page.IsVisibleAsync(".wb-noscript"));
        Assert.Contains("needs JavaScript", await page.TextContentAsync(".wb-noscript"));
        Assert.Equal(2, await page.Locator(".wb-noscript a").CountAsync());
        Assert.False(await page.IsVisibleAsync("#translation-file"));
        Assert.True(await page.IsVisibleAsync(".orig"));
    }
}
