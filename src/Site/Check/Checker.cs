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

        var sources = Directory.EnumerateFiles(config.SourcesDir, "*.txt").ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
        var input = Path.GetRelativePath(config.Root, config.InputDir).Replace('\\', '/');
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
