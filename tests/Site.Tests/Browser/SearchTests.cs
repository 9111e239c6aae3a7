using Microsoft.Playwright;
using Site.Cli;

namespace Site.Tests.Browser;

/// <summary>Search in a real browser: every spelling a reader may type finds the same message.</summary>
[Collection("browser")]
public class SearchTests(BuiltSite site)
{
    async Task<List<string>> Search(string query, string page = "search/index.html", string? baseUrl = null)
    {
        var (p, offsite, errors) = await site.OpenAsync(1280);
        await p.GotoAsync((baseUrl ?? site.BaseUrl) + page + "?q=" + Uri.EscapeDataString(query));
        await p.WaitForFunctionAsync("document.getElementById('search-status').textContent.length > 0", null, new() { Timeout = 15000 });
        var hrefs = await p.EvalOnSelectorAllAsync<string[]>(".search-result a", "as => as.map(a => a.getAttribute('href'))");
        Assert.Empty(offsite);
        Assert.Empty(errors);
        // A query that finds everything proves nothing: these queries are specific.
        Assert.InRange(hrefs.Length, 0, 12);
        return hrefs.ToList();
    }

    [Theory]
    [InlineData("می خواهم")]                 // with a space, as the mother wrote it
    [InlineData("میخواهم")]                  // joined
    [InlineData("می\u200Cخواهم")]            // with a ZWNJ
    public async Task Zwnj_space_or_joined_find_the_same_message(string query) =>
        Assert.Contains(await Search(query + " درست عمل کنید"), h => h.EndsWith("messages/rokhsaneh-reyhaneh.html"));

    /// <summary>A compound typed with a ZWNJ finds the texts that write it apart too (it found 3 of their 5).</summary>
    [Fact]
    public async Task A_compound_with_a_zwnj_finds_what_it_finds_written_apart()
    {
        var apart = await Search("رنگین کمانی");
        Assert.True(apart.Count > 3, string.Join(" ", apart));
        Assert.Equal(apart.Order(), (await Search("رنگین\u200Cکمانی")).Order());
    }

    [Theory]
    [InlineData("صدای بی\u200Cصدایان")]      // Persian letters, as the title writes it
    [InlineData("صداي بي\u200Cصدايان")]      // Arabic yeh, as the source wrote it
    public async Task Arabic_or_persian_letters_find_the_same_message(string query) =>
        Assert.Contains(await Search(query), h => h.EndsWith("messages/ba-droud-be-rfgha.html"));

    [Theory]
    [InlineData("۵ دسامبر ۲۰۲۱")]            // Persian digits
    [InlineData("٥ دسامبر ٢٠٢١")]            // Arabic-Indic digits
    [InlineData("5 دسامبر 2021")]            // Latin digits
    public async Task Any_digits_find_the_same_message(string query) =>
        Assert.Contains(await Search(query), h => h.EndsWith("messages/peyman-mirzaei-ozv-hezb.html"));

    [Theory]
    [InlineData("پناهـــجویان سیاسی")]        // tatweel
    [InlineData("پَناهجویان سیاسی")]          // a diacritic
    public async Task Tatweel_and_diacritics_are_ignored(string query) =>
        Assert.Contains(await Search(query), h => h.EndsWith("messages/peyman-mirzaei-ozv-hezb.html"));

    [Fact]
    public async Task A_query_that_matches_nothing_finds_nothing() => Assert.Empty(await Search("ڤڤڤڤ ژژژژ"));

    [Fact]
    public async Task An_english_query_finds_a_translation() =>
        Assert.Contains(await Search("Khavaran", "en/search/index.html"), h => h.EndsWith("en/messages/rokhsaneh-reyhaneh.html"));

    [Fact]
    public async Task The_arabic_editions_search_finds_arabic_translations_only()
    {
        var hits = await Search("اللاجئين الأفغان", "ar/search/index.html");
        Assert.Contains(hits, h => h.EndsWith("ar/resolutions/panahjouyan-afghanestani-iran.html"));
        Assert.All(hits, h => Assert.Contains("/ar/", h));
    }

    [Fact]
    public async Task Results_show_title_sender_topics_and_a_highlighted_excerpt()
    {
        var (p, _, _) = await site.OpenAsync(390);
        await p.GotoAsync(site.BaseUrl + "search/index.html?q=" + Uri.EscapeDataString("خاوران"));
        await p.WaitForSelectorAsync(".search-result");
        var first = p.Locator(".search-result").First;
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator("h2").TextContentAsync()));
        Assert.Contains("·", await first.Locator(".byline").TextContentAsync());
        await Assertions.Expect(first.Locator(".excerpt mark").First).ToBeVisibleAsync();
    }

    /// <summary>
    /// On a slow link the titles do not wait for the texts the excerpts are cut from: every result was held back until
    /// all twenty texts had arrived (17 s at 256 kbit/s and 600 ms). Each excerpt now follows its own text.
    /// </summary>
    [Fact]
    public async Task Results_are_shown_before_the_texts_of_their_excerpts_arrive()
    {
        var (p, _, _) = await site.OpenAsync(390);
        var release = new TaskCompletionSource();
        await p.RouteAsync("**/pagefind/text/**", async route => { await release.Task; await route.ContinueAsync(); });
        await p.GotoAsync(site.BaseUrl + "search/index.html?q=" + Uri.EscapeDataString("خاوران"));
        var first = p.Locator(".search-result").First;
        await Assertions.Expect(first.Locator("h2 a")).ToBeVisibleAsync();
        Assert.Equal("", await first.Locator(".excerpt").TextContentAsync());
        release.SetResult();
        await Assertions.Expect(first.Locator(".excerpt mark").First).ToBeVisibleAsync();
    }

    /// <summary>The index is folded (lower case, no ZWNJ); what a result shows is the text as the document writes it.</summary>
    [Theory]
    [InlineData("search/index.html", "میخواهم درست عمل کنید", "messages/rokhsaneh-reyhaneh.html", "می خواهم")]
    [InlineData("en/search/index.html", "khavaran", "en/messages/rokhsaneh-reyhaneh.html", "Khavaran")]
    public async Task The_excerpt_is_the_text_as_written(string page, string query, string message, string marked)
    {
        var (p, _, errors) = await site.OpenAsync(1280);
        await p.GotoAsync(site.BaseUrl + page + "?q=" + Uri.EscapeDataString(query));
        var result = p.Locator(".search-result").Filter(new() { Has = p.Locator($"a[href$='{message}']") });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Assertions.Expect(result.Locator(".excerpt mark").First).ToBeVisibleAsync();
        Assert.Contains(marked, await result.Locator(".excerpt mark").AllTextContentsAsync());
        // Every word of the excerpt is on the page it leads to, as written there.
        var excerpt = (await result.Locator(".excerpt").TextContentAsync())!.Trim('…', ' ');
        await p.GotoAsync(site.BaseUrl + message);
        var text = System.Text.RegularExpressions.Regex.Replace(await p.Locator("main").TextContentAsync() ?? "", @"\s+", " ");
        Assert.All(excerpt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "·"), w => Assert.Contains(w, text));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Search_works_from_a_sub_path()
    {
        var wrap = Paths.TempDir("subpath");
        var sub = Path.Combine(wrap, "mirror", "congress12");
        CopyDir(site.Output, sub);
        var n = Paths.FreePort();
        await using var server = await Preview.ServeAsync(wrap, n);
        var hrefs = await Search("خاوران", baseUrl: $"http://127.0.0.1:{n}/mirror/congress12/");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith($"http://127.0.0.1:{n}/mirror/congress12/", h));
    }

    [Fact]
    public async Task Without_the_text_beside_the_index_a_result_still_shows_where_the_words_are()
    {
        var copy = Paths.TempDir("search-no-text");
        CopyDir(site.Output, copy);
        Directory.Delete(Path.Combine(copy, Site.Search.SearchIndex.Bundle, "text"), true);
        var n = Paths.FreePort();
        await using var server = await Preview.ServeAsync(copy, n);
        var (p, _, _) = await site.OpenAsync(1280);
        await p.GotoAsync($"http://127.0.0.1:{n}/en/search/index.html?q=khavaran");
        await p.WaitForSelectorAsync(".search-result");
        // The folded text Pagefind holds: lower case, but the word is there and marked.
        Assert.Equal("khavaran", await p.Locator(".search-result .excerpt mark").First.TextContentAsync());
    }

    /// <summary>The offline copy unzipped, as a base address for <see cref="Search"/> (file://, where Pagefind cannot run).</summary>
    string Unzipped()
    {
        var dir = Paths.TempDir("search-offline");
        System.IO.Compression.ZipFile.ExtractToDirectory(Path.Combine(site.Output, "download", "congress12-site.zip"), dir);
        return new Uri(Path.Combine(dir, "congress12") + "/").AbsoluteUri;
    }

    [Theory]
    [InlineData("می‌خواهم درست عمل کنید", "messages/rokhsaneh-reyhaneh.html")]
    [InlineData("می خواهم درست عمل کنید", "messages/rokhsaneh-reyhaneh.html")]
    [InlineData("صداي بي‌صدايان", "messages/ba-droud-be-rfgha.html")]
    [InlineData("٥ دسامبر ٢٠٢١", "messages/peyman-mirzaei-ozv-hezb.html")]
    [InlineData("پناهـــجویان سیاسی", "messages/peyman-mirzaei-ozv-hezb.html")]
    public async Task The_offline_copy_finds_from_a_file_what_the_site_finds(string query, string message)
    {
        var hits = await Search(query, baseUrl: Unzipped());
        Assert.Contains(hits, h => h.StartsWith("file://", StringComparison.Ordinal) && h.EndsWith("/congress12/" + message, StringComparison.Ordinal));
        Assert.Contains(await Search(query), h => h.EndsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_offline_copys_editions_search_their_own_translations()
    {
        var copy = Unzipped();
        Assert.Contains(await Search("Khavaran", "en/search/index.html", copy), h => h.EndsWith("/congress12/en/messages/rokhsaneh-reyhaneh.html"));
        // An English plural finds the singular, as Pagefind's stemming does: this message has "worker", never "workers".
        Assert.Contains(await Search("farmer workers", "en/search/index.html", copy), h => h.EndsWith("/congress12/en/messages/mehdi-keshavarz.html"));
        var arabic = await Search("اللاجئين الأفغان", "ar/search/index.html", copy);
        Assert.Contains(arabic, h => h.EndsWith("/congress12/ar/resolutions/panahjouyan-afghanestani-iran.html"));
        Assert.All(arabic, h => Assert.Contains("/congress12/ar/", h));
        Assert.Empty(await Search("ڤڤڤڤ ژژژژ", baseUrl: copy));
    }

    [Fact]
    public async Task The_offline_copys_results_show_title_sender_topics_and_a_marked_excerpt_and_lead_to_the_page()
    {
        var (p, offsite, errors) = await site.OpenAsync(390);
        await p.GotoAsync(Unzipped() + "index.html");
        // From any page: the header's search box leads to the search page of the copy.
        await p.FillAsync("#head-q", "خاوران");
        await p.PressAsync("#head-q", "Enter");
        await p.WaitForSelectorAsync(".search-result");
        Assert.Equal("خاوران", await p.InputValueAsync("#q"));
        var first = p.Locator(".search-result").First;
        Assert.False(string.IsNullOrWhiteSpace(await first.Locator("h2").TextContentAsync()));
        Assert.Contains("·", await first.Locator(".byline").TextContentAsync());
        Assert.Equal("خاوران", await first.Locator(".excerpt mark").First.TextContentAsync());
        Assert.Matches("^[۰-۹]+ ", await p.TextContentAsync("#search-status"));
        await first.Locator("h2 a").ClickAsync();
        await Assertions.Expect(p.Locator(".doc-head h1")).ToHaveCountAsync(1);
        Assert.Contains("خاوران", await p.TextContentAsync("main"));
        Assert.Empty(offsite);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_or_from_file_the_page_says_so_and_offers_the_lists()
    {
        var (noJs, _, _) = await site.OpenAsync(390, javaScript: false);
        await noJs.GotoAsync(site.BaseUrl + "search/index.html");
        Assert.True(await noJs.IsVisibleAsync("#search-fallback"));
        Assert.False(await noJs.IsVisibleAsync("#q"));
        Assert.True(await noJs.Locator("#search-fallback a").CountAsync() >= 3);

        // The built folder opened as it is has no records beside its search page (only the offline copy does).
        var (file, _, _) = await site.OpenAsync(390);
        await file.GotoAsync(new Uri(Path.Combine(site.Output, "search", "index.html")).AbsoluteUri);
        Assert.True(await file.IsVisibleAsync("#search-fallback"));
    }

    static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.EnumerateDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
