using System.Net;
using System.Text.Json;
using Site.Corpus;
using Site.Model;
using Site.Output;
using Site.Project;
using Site.Text;

namespace Site.Search;

/// <summary>
/// One searchable record: its text as written (a paragraph a line) and what a result shows beside it. The index holds
/// <see cref="Content"/>, the text folded; a result's excerpt is cut from <see cref="Text"/>, so a reader sees the
/// words as the document writes them (capitals, ZWNJ, ة), not as they were folded to be found.
/// </summary>
public sealed record SearchRecord(string Url, string Text, string Language, Dictionary<string, string> Meta)
{
    /// <summary>The text as it is indexed and searched: folded with <see cref="PersianText.FoldForSearch"/>.</summary>
    public string Content => PersianText.FoldForSearch(Text);
}

/// <summary>
/// A Pagefind index of every message and resolution (Persian) and every translation (its own language), written by
/// Pagefind's own indexer (from the npm package) over a small page per record. The indexed text is folded with
/// <see cref="PersianText.FoldForSearch"/>, and the search page folds queries the same way, so ي/ی, ك/ک, ZWNJ
/// or space, and any digits all find the same documents.
/// </summary>
public static class SearchIndex
{
    public const string Bundle = Model.Urls.SearchBundle;

    public static List<SearchRecord> Records(SiteModel site)
    {
        var records = new List<SearchRecord>();
        foreach (var d in site.Documents)
        {
            var topics = string.Join("، ", d.Doc.Topics.Select(t => site.TopicOf(t).Fa));
            var sender = d.Doc switch { Message m => m.Author ?? site.Fa.Unsigned, Resolution { Proposed: true } => site.Fa.Proposed, _ => "" };
            var text = string.Join("\n", d.Paragraphs.Select(p => p.Text).Prepend(d.Doc.Title).Append(sender));
            records.Add(new SearchRecord(d.Url, text, "fa", new()
            {
                ["title"] = d.Doc.Title, ["sender"] = sender, ["topics"] = topics,
                ["kind"] = d.Doc is Message ? site.Fa.Message : site.Fa.Resolution,
            }));
        }
        foreach (var t in site.AllTranslations)
        {
            var d = site.ById(t.Original.Id)!;
            var s = site.StringsByLang[t.Lang];
            var text = string.Join("\n", t.Paragraphs.Select(p => p.Text).Prepend(t.Meta.Title).Append(t.Meta.Author ?? ""));
            records.Add(new SearchRecord(Urls.Of(d.Doc, t.Lang), text, t.Lang, new()
            {
                ["title"] = t.Meta.Title, ["sender"] = t.Meta.Author ?? "", ["topics"] = string.Join(s.Comma, d.Doc.Topics.Select(x => site.TopicOf(x).LabelIn(t.Lang))),
                ["kind"] = d.Doc is Message ? s.Message : s.Resolution,
            }));
        }
        return records;
    }

    /// <summary>
    /// Pagefind lists the languages of its entry file in hash-map order, which changes from run to run; sorted, two
    /// builds of the same input stay byte-identical. (The index files themselves are named by content hash.)
    /// </summary>
    static void SortEntryLanguages(string entryFile)
    {
        var entry = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(entryFile))!.AsObject();
        if (entry["languages"] is System.Text.Json.Nodes.JsonObject langs)
        {
            var sorted = new System.Text.Json.Nodes.JsonObject();
            foreach (var kv in langs.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList()) { langs.Remove(kv.Key); sorted[kv.Key] = kv.Value; }
            entry["languages"] = sorted;
        }
        File.WriteAllText(entryFile, entry.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Whether a file of the site (by its path) is the index's, or the records it is being made from.</summary>
    public static bool IsItsFile(string path) => path.StartsWith(Bundle + "/", StringComparison.Ordinal) || path.StartsWith(RecordsFolder + "/", StringComparison.Ordinal);

    const string RecordsFolder = ".search-records";

    /// <summary>
    /// Writes the index into <paramref name="siteDir"/>/pagefind/ with Pagefind's own indexer over a small page per
    /// record. (Its Node API, fed the same records, took twice as long at 10,000 documents: each record crosses a pipe
    /// as base64 JSON, and the index it then builds is made on one thread.)
    /// </summary>
    /// <param name="started">Runs once Pagefind has started (see <see cref="Pipeline.BuildOptions.SearchFirst"/>).</param>
    public static async Task WriteAsync(IReadOnlyList<SearchRecord> records, string root, string siteDir, CancellationToken stop, Action? started = null)
    {
        // Pagefind refuses to make an index of nothing; a site without documents has no search to offer.
        if (records.Count == 0) return;
        var resolver = NodePackages.Ensure(root, "node_modules/pagefind/lib/resolveBinary.js");
        // Inside the staging folder, not the system's temp folder: if the build is killed, the next one removes it
        // with the rest of the staging folder. (It is gone before the site is published.)
        var work = Path.Combine(siteDir, RecordsFolder);
        Directory.CreateDirectory(work);
        try
        {
            var script = Path.Combine(work, "pagefind-index.mjs");
            using (var res = typeof(SearchIndex).Assembly.GetManifestResourceStream("Site.Search.pagefind-index.mjs")!)
            using (var f = File.Create(script)) res.CopyTo(f);
            var pages = Path.Combine(work, "pages");
            Directory.CreateDirectory(pages);
            var texts = Path.Combine(work, TextFolder);
            Parallel.ForEach(records, r =>
            {
                var file = Path.Combine(pages, r.Url);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, PageOf(r));
                var text = Path.Combine(work, TextOf(r.Url));
                Directory.CreateDirectory(Path.GetDirectoryName(text)!);
                File.WriteAllText(text, r.Text);
            });
            var run = await ChildProcess.RunAsync("node", [script, Path.GetFullPath(resolver), Path.GetFullPath(pages), Path.GetFullPath(Path.Combine(siteDir, Bundle))], stop, started: started)
                ?? throw new SiteError("search", 0, "Node.js is not installed, and the search index needs it", "Install Node.js (with npm), then build again.");
            stop.ThrowIfCancellationRequested();
            if (run.ExitCode != 0) throw new SiteError("search", 0, "the search index could not be written: " + run.Errors, "Run 'npm ci' and build again; if it persists, report the message.");
            SortEntryLanguages(Path.Combine(siteDir, Bundle, "pagefind-entry.json"));
            // Pagefind writes its ready-made interfaces too (some 420 KB); the search page's own script loads none of
            // them, and every mirror would copy them.
            foreach (var file in Directory.EnumerateFiles(Path.Combine(siteDir, Bundle), "pagefind-*", SearchOption.TopDirectoryOnly))
                if (Path.GetFileName(file) is var name && (name.Contains("-ui.", StringComparison.Ordinal) || name.StartsWith("pagefind-highlight.", StringComparison.Ordinal)))
                    File.Delete(file);
            Directory.Move(texts, Path.Combine(siteDir, Bundle, TextFolder));
        }
        finally { Directory.Delete(work, true); }
    }

    /// <summary>
    /// Where, in the bundle, the text as written of the record at <paramref name="url"/> is: a plain text file the
    /// search page fetches for each result it shows, to cut the excerpt from. Pagefind's own excerpt is of the folded
    /// text; a field of Pagefind's could carry the text, but Pagefind indexes its fields too, which at 10,000
    /// documents made the whole build 8 s longer (bench/RESULTS.md).
    /// </summary>
    public static string TextOf(string url) => TextFolder + "/" + Path.ChangeExtension(url, ".txt");

    const string TextFolder = "text";

    /// <summary>
    /// A record as the page Pagefind reads: its language on the root, its folded text as the indexed body, and each
    /// result field in an element Pagefind reads as metadata.
    /// </summary>
    public static string PageOf(SearchRecord r)
    {
        var content = r.Content;
        var page = new System.Text.StringBuilder(content.Length + 512);
        page.Append("<!doctype html><html lang=\"").Append(r.Language).Append("\"><meta charset=\"utf-8\"><title></title><body data-pagefind-body><div data-pagefind-ignore>");
        foreach (var (key, value) in r.Meta)
            page.Append("<p data-pagefind-meta=\"").Append(key).Append("\">").Append(WebUtility.HtmlEncode(value)).Append("</p>");
        page.Append("</div><p>").Append(WebUtility.HtmlEncode(content)).Append("</p>");
        return page.Append("</body></html>").ToString();
    }
}
