using Site.Model;

namespace Site.Pipeline.Steps;

/// <summary>The site model: documents joined with their topics, translations and the interface's strings.</summary>
public sealed class LinkStep : IStep
{
    public string Name => "link";

    public Task RunAsync(BuildState build)
    {
        var config = build.Config;
        var fa = UiStrings.Load(config.ThemeDir, "fa");
        var strings = config.Translations.Append("fa").Distinct().ToDictionary(l => l, l => UiStrings.Load(config.ThemeDir, l));
        build.Site = LinkSite.Run(config, build.Corpus, build.Messages, build.Resolutions, build.Translations.Translations, fa, strings);
        // The glossary's own problems are check's to report; the build shows what reads.
        build.Site = build.Site with { Glossary = Translations.GlossaryCheck.Load(config).Glossary };
        if (build.KeptDownloads.Count > 0) build.Site = build.Site with { Downloads = build.KeptDownloads };
        return Task.CompletedTask;
    }
}
