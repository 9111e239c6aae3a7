using Site.Output;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: writes the changed files in place and removes the pages that are gone; then the page memory holds what the folder holds.</summary>
public sealed class WriteChangedStep : IStep
{
    public string Name => "write changed";

    public Task RunAsync(BuildState build)
    {
        var memory = build.Memory!;
        foreach (var f in build.Changed)
        {
            OutputFolder.ReplaceInto(build.Target, f);
            memory.Written.Add(f.Path);
        }
        foreach (var g in build.Gone) { File.Delete(Path.Combine(build.Target, g)); memory.Written.Remove(g); }
        memory.Pages.Commit(build.PagePaths);
        foreach (var remember in build.Remember) remember();
        return Task.CompletedTask;
    }
}
