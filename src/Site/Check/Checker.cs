using Site.Corpus;
using Site.Project;

namespace Site.Check;

/// <summary>Everything <c>check</c> verifies: the corpus reads and validates, it covers the sources line by line, and every translation is sound.</summary>
public static class Checker
{
    public static List<Diagnostic> Run(SiteConfig config) => Run(config, out _, out _);

    /// <param name="corpus">The corpus as read, or null when it could not be.</param>
    /// <param name="read">The translations as read, or null with the corpus.</param>
    public static List<Diagnostic> Run(SiteConfig config, out CorpusContent? corpus, out Translations.TranslationReader.Result? read)
    {
        read = null;
        try { corpus = CorpusReader.Read(config.InputDir, config.Root); }
        catch (SiteError e) { corpus = null; return [.. e.Errors]; }

        var input = Path.GetRelativePath(config.Root, config.InputDir).Replace('\\', '/');
        // A source saved in another encoding is an error here as in the build, not text read with replacement characters.
        var sources = new Dictionary<string, string>();
        var unread = new List<Diagnostic>();
        foreach (var path in Directory.EnumerateFiles(config.SourcesDir, "*.txt").Order(StringComparer.Ordinal))
        {
            try { sources[Path.GetFileName(path)] = ProjectFiles.ReadText(path, $"{input}/sources/{Path.GetFileName(path)}"); }
            catch (SiteError e) { unread.AddRange(e.Errors); }
        }
        if (unread.Count > 0) return unread;
        var findings = SourceCoverage.Check(corpus, sources, input);
        findings.AddRange(HiddenCharacters.In(corpus));
        findings.AddRange(TopicLabels(config, corpus.Topics, input));
        var translations = read = Translations.TranslationReader.ReadAll(config, corpus);
        findings.AddRange(translations.Findings);
        var (glossary, glossaryFindings) = Translations.GlossaryCheck.Load(config);
        findings.AddRange(glossaryFindings);
        findings.AddRange(Translations.GlossaryCheck.Warnings(glossary, translations.Translations));
        return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
    }

    /// <summary>
    /// A topic's label in a language the site does not publish (a slip: 'de' for 'ar'), or in Persian or English, which
    /// have their own fields: no page shows it.
    /// </summary>
    static IEnumerable<Diagnostic> TopicLabels(SiteConfig config, IReadOnlyList<Topic> topics, string input)
    {
        var path = Path.Combine(config.InputDir, "topics.yml");
        string[]? lines = null;
        foreach (var topic in topics)
            foreach (var lang in topic.Labels.Keys.Where(l => !config.Translations.Contains(l) || l == "en").Order(StringComparer.Ordinal))
            {
                lines ??= File.Exists(path) ? File.ReadAllLines(path) : [];
                var at = Array.FindIndex(lines, l => l.Trim() == "- slug: " + topic.Slug);
                var labels = at < 0 ? -1 : Array.FindIndex(lines, at, l => l.TrimStart().StartsWith("labels:", StringComparison.Ordinal));
                yield return new Diagnostic($"{input}/topics.yml", (labels >= 0 ? labels : Math.Max(at, 0)) + 1,
                    $"the topic '{topic.Slug}' has a label in '{lang}', which no page shows" + (lang is "fa" or "en" ? $" ('{lang}' has a field of its own)" : ""),
                    lang is "fa" or "en" ? $"Write the {lang} name in the topic's '{lang}:' field and remove it from 'labels:'."
                        : $"The site publishes {string.Join(", ", config.Translations)}: correct the language code, or add '{lang}' to 'translations:' in {SiteConfig.FileName}.",
                    Severity.Warning);
            }
    }
}
