using System.Text;
using Site.Corpus;
using Site.Project;

namespace Site.Import;

/// <summary>Writes imported documents as Markdown with YAML front-matter, and the editors' report.</summary>
public static class CorpusWriter
{
    public static string Render(ImportedDocument doc) =>
        "---\n" + Yaml.Writer.Serialize(doc.FrontMatter) + "---\n\n" + MarkdownText.Body(doc.Paragraphs);

    public static void Write(string inputDir, ImportResult result, bool force)
    {
        foreach (var dir in new[] { "messages", "resolutions" })
        {
            var full = Path.Combine(inputDir, dir);
            // With --force, documents a previous import wrote under other names would linger: clear the folder.
            if (force && Directory.Exists(full)) foreach (var f in Directory.EnumerateFiles(full, "*.md")) File.Delete(f);
            Directory.CreateDirectory(full);
        }
        foreach (var doc in result.All) File.WriteAllText(Path.Combine(inputDir, doc.RelativePath), Render(doc), Utf8);
        File.WriteAllText(Path.Combine(inputDir, "collection.yml"), Yaml.Writer.Serialize(result.Collection), Utf8);
        File.WriteAllText(Path.Combine(inputDir, "import-report.md"), Report(result), Utf8);
    }

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One row per document: lines, title, author, topics, and any boundary or reading the importer was unsure of.</summary>
    public static string Report(ImportResult result)
    {
        var sb = new StringBuilder();
        sb.Append("# Import report\n\nOne row per document the importer made. The last column names every judgment an editor should check.\n\n");
        void Table(string heading, IEnumerable<ImportedDocument> docs)
        {
            sb.Append($"## {heading}\n\n| file | lines | title | author | topics | check |\n|---|---|---|---|---|---|\n");
            foreach (var d in docs)
                sb.Append($"| {d.RelativePath} | {d.Source.FirstLine}–{d.Source.LastLine} | {Cell(d.Title)} | {Cell(d.Author ?? "—")} | {string.Join(", ", d.Topics)} | {Cell(d.Doubt ?? "")} |\n");
            sb.Append('\n');
        }
        Table($"Messages ({result.Messages.Count})", result.Messages);
        Table($"Resolutions ({result.Resolutions.Count})", result.Resolutions);
        return sb.ToString();
    }

    static string Cell(string s) => s.Replace("|", "\\|");
}
