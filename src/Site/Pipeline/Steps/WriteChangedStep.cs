using Site.Output;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: writes the changed files in place and removes the pages that are gone.</summary>
public sealed class WriteChangedStep : IStep
{
    public string Name => "write changed";

    public Task RunAsync(BuildState build)
    {
        var previous = build.Previous;
        foreach (var f in build.Changed)
        {
            OutputFolder.ReplaceInto(build.Target, f);
            previous.Hashes[f.Path] = WrittenFiles.Hash(f.Content);
        }
        foreach (var g in build.Gone) { File.Delete(Path.Combine(build.Target, g)); previous.Hashes.Remove(g); }
        return Task.CompletedTask;
    }
}
