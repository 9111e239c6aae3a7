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
        var translations = read = Translations.TranslationReader.ReadAll(config, corpus);
        findings.AddRange(translations.Findings);
        var (glossary, glossaryFindings) = Translations.GlossaryCheck.Load(config);
        findings.AddRange(glossaryFindings);
        findings.AddRange(Translations.GlossaryCheck.Warnings(glossary, translations.Translations));
        return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
    }
}
