using Site.Project;

namespace Site.Model;

/// <summary>
/// One of the two documents the collection was imported from (input/sources/, named in statiq.config), line by line
/// as received: each document's provenance ("lines 441 to 462") points into it, and its page shows those lines.
/// </summary>
public sealed record SourceDocument(string Key, string File, IReadOnlyList<string> Lines)
{
    /// <summary>
    /// The sources statiq.config names that are there; one missing is left out (import needs them, and says so). Lines
    /// are counted as the importer counts them (<see cref="Text.SourceLines"/>).
    /// </summary>
    public static IReadOnlyList<SourceDocument> Read(SiteConfig config)
    {
        var found = new List<SourceDocument>();
        foreach (var (key, file) in new[] { ("messages", config.Sources.Messages), ("resolutions", config.Sources.Resolutions) })
        {
            if (string.IsNullOrWhiteSpace(file) || Path.GetFileName(file) != file) continue;
            var path = Path.Combine(config.SourcesDir, file);
            if (!System.IO.File.Exists(path)) continue;
            found.Add(new(key, file, Text.SourceLines.Of(ProjectFiles.ReadText(path, $"{config.Input}/sources/{file}"))));
        }
        return found;
    }
}
