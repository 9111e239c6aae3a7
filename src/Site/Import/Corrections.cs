using Site.Corpus;
using Site.Project;
using YamlDotNet.RepresentationModel;

namespace Site.Import;

/// <summary>One value an import would change in a corpus file: most often an editor's correction.</summary>
public sealed record Change(string File, string Field, string Old, string New)
{
    public override string ToString() => $"{File}: {Field}: {Show(Old)} → {Show(New)}";
    static string Show(string s) => s.Length == 0 ? "(none)" : s.Length > 80 ? s[..77] + "…" : s;
}

/// <summary>
/// After import the files in input/ are the editors' to correct by hand. A second import (--force) must not undo
/// their work unseen: it keeps each document's slug (its page address, and its translations' file names) and lists
/// every value it would change, field by field and paragraph by paragraph, before anything is written.
/// </summary>
public static class Corrections
{
    /// <summary>A corpus file as it stands: its path under input/, its front-matter flattened (date.written …) and its paragraphs.</summary>
    public sealed record Existing(string RelativePath, Dictionary<string, string> Fields, List<string> Paragraphs);

    /// <summary>The corpus files in input/messages and input/resolutions by id (files without a readable id are skipped).</summary>
    public static Dictionary<string, Existing> Read(string inputDir)
    {
        var found = new Dictionary<string, Existing>(StringComparer.Ordinal);
        foreach (var dir in new[] { "messages", "resolutions" })
        {
            var full = Path.Combine(inputDir, dir);
            if (!Directory.Exists(full)) continue;
            foreach (var path in Directory.EnumerateFiles(full, "*.md").Order(StringComparer.Ordinal))
            {
                var relative = dir + "/" + Path.GetFileName(path);
                try
                {
                    var file = FrontMatterFile.Parse(relative, File.ReadAllText(path));
                    var fields = Flatten(file.Yaml);
                    if (fields.TryGetValue("id", out var id)) found[id] = new Existing(relative, fields, MarkdownText.Paragraphs(file.Body));
                }
                // A file the build refuses is the build's to report; here it is only not compared.
                catch (SiteError) { }
                catch (YamlDotNet.Core.YamlException) { }
                catch (MarkdownRefusedException) { }
            }
        }
        return found;
    }

    /// <summary>Gives each imported document that exists already its present slug and file name.</summary>
    public static ImportResult KeepSlugs(ImportResult result, Dictionary<string, Existing> existing)
    {
        ImportedDocument Keep(ImportedDocument doc)
        {
            var (id, slug) = doc.FrontMatter switch
            {
                MessageFrontMatter m => (m.Id, m.Slug),
                ResolutionFrontMatter r => (r.Id, r.Slug),
                _ => ("", ""),
            };
            if (!existing.TryGetValue(id, out var old) || !old.Fields.TryGetValue("slug", out var kept) || kept == slug) return doc;
            object fm = doc.FrontMatter switch
            {
                MessageFrontMatter m => m with { Slug = kept },
                ResolutionFrontMatter r => r with { Slug = kept },
                var other => other,
            };
            return doc with { RelativePath = old.RelativePath, FrontMatter = fm };
        }
        return result with { Messages = result.Messages.Select(Keep).ToList(), Resolutions = result.Resolutions.Select(Keep).ToList() };
    }

    /// <summary>Every value writing <paramref name="result"/> would change or remove in the existing corpus.</summary>
    public static List<Change> Compare(ImportResult result, Dictionary<string, Existing> existing, string shownInput)
    {
        var changes = new List<Change>();
        var imported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in result.All)
        {
            var rendered = FrontMatterFile.Parse(doc.RelativePath, CorpusWriter.Render(doc));
            var fields = Flatten(rendered.Yaml);
            var id = fields.GetValueOrDefault("id", "");
            imported.Add(id);
            if (!existing.TryGetValue(id, out var old)) continue;
            var shown = $"{shownInput}/{old.RelativePath}";
            foreach (var key in old.Fields.Keys.Union(fields.Keys).Order(StringComparer.Ordinal))
            {
                var (was, now) = (old.Fields.GetValueOrDefault(key, ""), fields.GetValueOrDefault(key, ""));
                if (was != now) changes.Add(new Change(shown, key, was, now));
            }
            var paragraphs = MarkdownText.Paragraphs(rendered.Body);
            for (int i = 0; i < Math.Max(paragraphs.Count, old.Paragraphs.Count); i++)
            {
                var (was, now) = (old.Paragraphs.ElementAtOrDefault(i) ?? "", paragraphs.ElementAtOrDefault(i) ?? "");
                if (was != now) changes.Add(new Change(shown, $"paragraph {i + 1}", was, now));
            }
        }
        foreach (var (id, old) in existing.Where(e => !imported.Contains(e.Key)).OrderBy(e => e.Value.RelativePath, StringComparer.Ordinal))
            changes.Add(new Change($"{shownInput}/{old.RelativePath}", "the whole file", $"{id}: {old.Fields.GetValueOrDefault("title", "")}", "(removed: the import makes no document with this id)"));
        return changes;
    }

    /// <summary>collection.yml's values that writing <paramref name="result"/> would change.</summary>
    public static List<Change> CompareCollection(ImportResult result, string inputDir, string shownInput)
    {
        var path = Path.Combine(inputDir, "collection.yml");
        if (!File.Exists(path)) return [];
        Dictionary<string, string> was;
        try { was = Flatten(File.ReadAllText(path)); }
        catch (YamlDotNet.Core.YamlException) { return []; }
        var now = Flatten(Yaml.Writer.Serialize(result.Collection));
        return was.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Where(k => was.GetValueOrDefault(k, "") != now.GetValueOrDefault(k, ""))
            .Select(k => new Change($"{shownInput}/collection.yml", k, was.GetValueOrDefault(k, ""), now.GetValueOrDefault(k, ""))).ToList();
    }

    /// <summary>A YAML mapping as "key" / "key.sub" → value; a list is one value, "[a, b]".</summary>
    static Dictionary<string, string> Flatten(string yaml)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return flat;
        void Walk(YamlMappingNode map, string prefix)
        {
            foreach (var (k, v) in map.Children)
            {
                var key = prefix + ((YamlScalarNode)k).Value;
                if (v is YamlMappingNode inner) Walk(inner, key + ".");
                else flat[key] = Text(v);
            }
        }
        static string Text(YamlNode node) => node switch
        {
            YamlScalarNode s => s.Value ?? "",
            YamlSequenceNode seq => "[" + string.Join(", ", seq.Children.Select(Text)) + "]",
            YamlMappingNode m => "{" + string.Join(", ", m.Children.Select(kv => Text(kv.Key) + ": " + Text(kv.Value))) + "}",
            _ => "",
        };
        Walk(root, "");
        return flat;
    }
}
