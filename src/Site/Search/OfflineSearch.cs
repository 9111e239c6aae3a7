using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Model;
using Site.Output;

namespace Site.Search;

/// <summary>
/// The search of the offline copy and of the Kiwix file. Browsers do not run Pagefind from file://, and the ZIM holds
/// no Pagefind index (nor Kiwix's full-text one), so both carry, beside each language's search page, records.js:
/// that language's records (address, title, sender, kind, topics, text as written), which theme/assets/search.js
/// loads, folds as Pagefind's index was folded, and searches itself when the page is opened from a file or Pagefind's
/// index is not there. The site as served has no such file: there Pagefind answers.
/// </summary>
public static class OfflineSearch
{
    /// <summary>
    /// Characters of text a language's records may hold (8 million: some 16 MB of script for the browser to read at
    /// once). The collection's Persian is some 0.2 million; a language beyond this gets no file, and its search
    /// page in the copy says that search does not work from a file.
    /// </summary>
    public const int MaxChars = 8_000_000;

    /// <summary>One file per language whose records fit <paramref name="maxChars"/>, in the order of the languages' names.</summary>
    public static List<OutputFile> Files(IEnumerable<SearchRecord> records, int maxChars = MaxChars)
    {
        var files = new List<OutputFile>();
        foreach (var language in records.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (language.Sum(r => (long)r.Text.Length + r.Meta.Values.Sum(v => v.Length)) > maxChars) continue;
            files.Add(new OutputFile(Urls.SearchRecordsIn(language.Key), Script(language)));
        }
        return files;
    }

    /// <summary>
    /// SiteSearch.records([[address, title, sender, kind, topics, text], …]): a script, not JSON to fetch, because a
    /// page opened from a file may load a script beside it but not read a file. Addresses are from the site's root.
    /// </summary>
    static byte[] Script(IEnumerable<SearchRecord> records)
    {
        using var buffer = new MemoryStream();
        buffer.Write("SiteSearch.records("u8);
        // Persian stays text (a quarter of the size of \u escapes); the file is a script of its own, never inline in a page.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var r in records)
            {
                json.WriteStartArray();
                json.WriteStringValue(r.Url);
                foreach (var field in new[] { "title", "sender", "kind", "topics" }) json.WriteStringValue(r.Meta.GetValueOrDefault(field, ""));
                json.WriteStringValue(r.Text);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        buffer.Write(");\n"u8);
        return buffer.ToArray();
    }
}
