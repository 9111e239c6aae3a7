using Site.Corpus;

namespace Site.Pipeline.Steps;

/// <summary>input/: front-matter into typed records, validated; each body's Markdown parsed once into its paragraphs' text and safe HTML.</summary>
public sealed class ReadCorpusStep : IStep
{
    public string Name => "read corpus";

    public Task RunAsync(BuildState build)
    {
        build.Corpus = CorpusReader.Read(build.Config.InputDir, build.Config.Root);
        return Task.CompletedTask;
    }
}
