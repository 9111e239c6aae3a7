using Site.Corpus;
using Site.Render;

namespace Site.Pipeline.Steps;

/// <summary>input/: front-matter into typed records, validated; each body's Markdown parsed once into its paragraphs' text and safe HTML.</summary>
public sealed class ReadCorpusStep : IStep
{
    public string Name => "read corpus";

    public Task RunAsync(BuildState build)
    {
        // The preview's page keys name the theme's and input/'s own files by their stamps as they were before reading.
        if (build.Memory is not null) build.Stamps = PageKeys.Stamps(build.Config);
        build.Corpus = CorpusReader.Read(build.Config.InputDir, build.Config.Root, build.Memory?.Corpus, build.Unchanged);
        return Task.CompletedTask;
    }
}
