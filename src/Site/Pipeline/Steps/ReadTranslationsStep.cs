using Site.Project;
using Site.Translations;

namespace Site.Pipeline.Steps;

/// <summary>Translations, aligned with their originals paragraph by paragraph; an error in any of them stops the build.</summary>
public sealed class ReadTranslationsStep : IStep
{
    public string Name => "read translations";

    public Task RunAsync(BuildState build)
    {
        build.Translations = TranslationReader.ReadAll(build.Config, build.Corpus, build.Memory?.Translations, build.Unchanged);
        if (build.Translations.HasErrors) throw new SiteError(build.Translations.Findings.Where(f => !f.IsWarning).ToList());
        return Task.CompletedTask;
    }
}
