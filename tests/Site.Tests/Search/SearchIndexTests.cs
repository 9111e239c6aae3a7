using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Site.Search;

namespace Site.Tests.Search;

/// <summary>The records Pagefind indexes, as the pages it reads and as the fragments it writes.</summary>
public class SearchIndexTests
{
    static readonly SearchRecord Hostile = new("messages/msg-1.html", "نخستین بند </p><script>alert(1)</script>\nدومین بند & بیشتر", "fa", new()
    {
        ["title"] = "<img src=x onerror=alert(1)> «عنوان»", ["sender"] = "", ["topics"] = "کار، زنان", ["kind"] = "پیام",
    });

    [Fact]
    public void A_records_page_holds_its_text_and_fields_as_text_never_as_markup()
    {
        var page = new HtmlParser().ParseDocument(SearchIndex.PageOf(Hostile));
        Assert.Equal("fa", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script, img"));
        // Indexed: the text folded, as queries are (one line: folding makes every white space one space).
        Assert.Equal(["نخستین بند </p><script>alert(1)</script> دومین بند & بیشتر"], page.QuerySelectorAll("body > p").Select(p => p.TextContent));
        Assert.Equal(Hostile.Meta, page.QuerySelectorAll("[data-pagefind-meta]").ToDictionary(e => e.GetAttribute("data-pagefind-meta")!, e => e.TextContent));
        // The fields are shown in results, not searched as the text.
        Assert.All(page.QuerySelectorAll("[data-pagefind-meta]"), e => Assert.NotNull(e.Closest("[data-pagefind-ignore]")));
    }

    [Fact]
    public void The_index_holds_the_text_folded()
    {
        var record = Hostile with { Text = "Workers of KHAVARAN\nمی‌خواهم كتاب‌ها ۱۴۰۰" };
        var page = new HtmlParser().ParseDocument(SearchIndex.PageOf(record));
        Assert.Equal("workers of khavaran میخواهم کتابها 1400", page.QuerySelector("body > p")!.TextContent);
        Assert.DoesNotContain("Workers", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_index_gives_each_record_its_address_from_the_root_and_its_fields_unchanged()
    {
        var dir = Paths.TempDir("search-index");
        var english = Hostile with { Url = "en/messages/msg-1.html", Language = "en", Text = "First paragraph", Meta = new() { ["title"] = "A & B" } };
        await SearchIndex.WriteAsync([Hostile, english], Paths.Root, dir, CancellationToken.None);

        var fragments = Directory.GetFiles(Path.Combine(dir, SearchIndex.Bundle, "fragment")).Select(f =>
        {
            using var gz = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var text = new StreamReader(gz);
            return JsonDocument.Parse(text.ReadToEnd()["pagefind_dcd".Length..]).RootElement;
        }).ToDictionary(f => f.GetProperty("url").GetString()!);
        // Pagefind starts addresses at the root; the search page drops the slash (theme/assets/search.js).
        Assert.Equal(["/en/messages/msg-1.html", "/messages/msg-1.html"], fragments.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Hostile.Meta["title"], fragments["/messages/msg-1.html"].GetProperty("meta").GetProperty("title").GetString());
        Assert.Contains("دومین بند & بیشتر", fragments["/messages/msg-1.html"].GetProperty("content").GetString());
        Assert.Contains("first paragraph", fragments["/en/messages/msg-1.html"].GetProperty("content").GetString());
        // The text as written, for the excerpts, beside the index: a file a record, named after its address.
        Assert.Equal("First paragraph", File.ReadAllText(Path.Combine(dir, SearchIndex.Bundle, "text", "en", "messages", "msg-1.txt")));
        Assert.Equal(Hostile.Text, File.ReadAllText(Path.Combine(dir, SearchIndex.Bundle, SearchIndex.TextOf(Hostile.Url))));
        Assert.Equal(["en", "fa"], JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, SearchIndex.Bundle, "pagefind-entry.json")))
            .RootElement.GetProperty("languages").EnumerateObject().Select(l => l.Name));
        // The pages it was made from are gone: they are not the site's.
        Assert.Equal([SearchIndex.Bundle], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
        // So are Pagefind's ready-made interfaces, which no page loads; what the search page loads stays.
        var top = Directory.GetFiles(Path.Combine(dir, SearchIndex.Bundle)).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(top, f => f!.Contains("-ui.", StringComparison.Ordinal) || f.StartsWith("pagefind-highlight", StringComparison.Ordinal));
        Assert.Contains("pagefind.js", top);
        Assert.Contains("pagefind-worker.js", top);
    }

    [Fact]
    public async Task A_site_without_documents_gets_no_index_and_no_error()
    {
        var dir = Paths.TempDir("search-empty");
        await SearchIndex.WriteAsync([], Paths.Root, dir, CancellationToken.None);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    /// <summary>Pagefind's allocator is told to keep what it frees (see pagefind-index.mjs); a value the caller sets wins.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("narenas:1")]
    public void The_indexer_runs_with_its_allocator_keeping_freed_memory_unless_told_otherwise(string? given)
    {
        var dir = Paths.TempDir("pagefind-allocator");
        // A stand-in for the indexer that writes down the setting it was given (its arguments: --site S --output-path O --silent).
        var fake = Path.Combine(dir, "indexer.sh");
        File.WriteAllText(fake, "#!/bin/sh\nprintf '%s' \"$_RJEM_MALLOC_CONF\" > \"$4/allocator\"\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var resolver = Path.Combine(dir, "resolve.mjs");
        File.WriteAllText(resolver, $"export const resolveBinaryPath = () => {JsonSerializer.Serialize(fake)};\n");
        var output = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var start = new System.Diagnostics.ProcessStartInfo("node", [Path.Combine(Paths.Root, "src/Site/Search/pagefind-index.mjs"), resolver, dir, output])
            { RedirectStandardInput = true };   // held open: the script stops the indexer when it ends
        start.Environment.Remove("_RJEM_MALLOC_CONF");
        if (given is not null) start.Environment["_RJEM_MALLOC_CONF"] = given;
        using var node = System.Diagnostics.Process.Start(start)!;
        Assert.True(node.WaitForExit(30_000), "the script did not end");
        Assert.Equal(0, node.ExitCode);
        var setting = File.ReadAllText(Path.Combine(output, "allocator"));
        if (given is not null) Assert.Equal(given, setting);
        else Assert.Matches(@"^dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:[1-9][0-9]*$", setting);
    }
}
