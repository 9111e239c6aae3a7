namespace Site.Pipeline.Steps;

/// <summary>The staging folder takes the output folder's place; until now a failure left the previous site whole.</summary>
public sealed class SwapInStep : IStep
{
    public string Name => "swap in";

    public Task RunAsync(BuildState build)
    {
        build.Output.Commit();
        if (build.Memory is { } memory)
        {
            memory.Downloads = build.Site.Downloads;
            memory.Pages.Commit(build.PagePaths);
            foreach (var remember in build.Remember) remember();
        }
        return Task.CompletedTask;
    }
}
