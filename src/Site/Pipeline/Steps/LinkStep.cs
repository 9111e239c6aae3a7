using Site.Model;
using Site.Project;

namespace Site.Pipeline.Steps;

/// <summary>The site model: documents joined with their topics, translations and the interface's strings.</summary>
public sealed class LinkStep : IStep
{
    public string Name => "link";

    public async Task RunAsync(BuildState build)
    {
        var config = build.Config;
        // The preview reads the strings and the glossary again only when the theme's or input/'s own files changed.
        if (build.Memory?.SiteWide is not { } read || read.Stamps != build.Stamps)
        {
            var (fa, strings, glossary, sources) = build.SiteWideAhead is { } ahead ? await ahead : ReadSiteWide(config);
            read = (build.Stamps ?? "", fa, strings, glossary, sources);
            if (build.Memory is { } memory && build.Stamps is not null) memory.SiteWide = read;
        }
        build.Site = LinkSite.Run(config, build.Corpus, build.Messages, build.Resolutions, build.Translations.Translations, read.Fa, read.Strings);
        build.Site = build.Site with { Glossary = read.Glossary, Sources = read.Sources };
        if (build.KeptDownloads.Count > 0) build.Site = build.Site with { Downloads = build.KeptDownloads };
    }

    /// <summary>The interface's strings in every language, the glossary and the sources: what the site model takes from the theme and input/ beside the documents.</summary>
    public static (UiStrings Fa, Dictionary<string, UiStrings> Strings, Translations.Glossary Glossary, IReadOnlyList<SourceDocument> Sources) ReadSiteWide(SiteConfig config)
    {
        var strings = UiStrings.LoadAll(config.ThemeDir, config.Translations);
        // The glossary's own problems are check's to report; the build shows what reads.
        return (strings["fa"], strings, Translations.GlossaryCheck.Load(config).Glossary, SourceDocument.Read(config));
    }
}
