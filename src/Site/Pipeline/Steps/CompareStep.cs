using Site.Model;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: which files changed since the last build, and which pages are gone.</summary>
public sealed class CompareStep : IStep
{
    public string Name => "compare";

    public Task RunAsync(BuildState build)
    {
        var previous = build.Previous;
        build.Changed = build.Files.Where(f => !previous.Hashes.TryGetValue(f.Path, out var h) || h != WrittenFiles.Hash(f.Content)).ToList();
        var paths = build.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Downloads are made by full builds only: a rebuild of the pages keeps them.
        build.Gone = previous.Hashes.Keys.Where(p => !paths.Contains(p) && !Urls.IsDownload(p)).ToList();
        return Task.CompletedTask;
    }
}
