using System.Text;
using System.Text.Json;
using Site.Search;

namespace Site.Tests.Search;

/// <summary>The offline copy's search records (records.js beside each language's search page in the zip).</summary>
public class OfflineSearchTests
{
    static SearchRecord Record(string url, string lang, string content, string title) => new(url, content, lang, new()
    {
        ["title"] = title, ["sender"] = "فرستنده \"ما\"", ["topics"] = "کار، زنان", ["kind"] = "پیام",
    });

    /// <summary>The records a script holds, read back as the browser would: the argument of SiteSearch.records.</summary>
    static List<string[]> Read(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        Assert.StartsWith("SiteSearch.records(", text);
        Assert.EndsWith(");\n", text);
        return JsonSerializer.Deserialize<List<string[]>>(text["SiteSearch.records(".Length..^3])!;
    }

    [Fact]
    public void Each_language_gets_one_script_beside_its_search_page_with_its_records_as_data()
    {
        var hostile = "نخستین بند\");alert(1);//\n</script><script>alert(2)</script> \u2028 دومین";
        var files = OfflineSearch.Files([
            Record("messages/a.html", "fa", hostile, "«عنوان» & <b>"),
            Record("en/messages/a.html", "en", "First paragraph", "Title"),
            Record("messages/b.html", "fa", "سومین", "دیگر"),
        ]);
        Assert.Equal(["en/search/records.js", "search/records.js"], files.Select(f => f.Path));
        var persian = Read(files[1].Content);
        Assert.Equal(["messages/a.html", "messages/b.html"], persian.Select(r => r[0]));
        Assert.Equal(["messages/a.html", "«عنوان» & <b>", "فرستنده \"ما\"", "پیام", "کار، زنان", hostile], persian[0]);
        // The text as written (the page folds it to search, and cuts the excerpt from it).
        Assert.Equal([["en/messages/a.html", "Title", "فرستنده \"ما\"", "پیام", "کار، زنان", "First paragraph"]], Read(files[0].Content));
    }

    [Fact]
    public void A_language_too_large_for_one_script_gets_none_and_the_others_keep_theirs()
    {
        var records = new[] { Record("messages/a.html", "fa", new string('ک', 600), "t"), Record("en/messages/a.html", "en", "short", "t") };
        Assert.Equal(["en/search/records.js"], OfflineSearch.Files(records, maxChars: 500).Select(f => f.Path));
        Assert.Equal(2, OfflineSearch.Files(records, maxChars: 1000).Count);
        Assert.Empty(OfflineSearch.Files([]));
    }
}
