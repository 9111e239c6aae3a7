namespace Site.Pipeline.Steps;

/// <summary>The staging folder takes the output folder's place; until now a failure left the previous site whole.</summary>
public sealed class SwapInStep : IStep
{
    public string Name => "swap in";

    public Task RunAsync(BuildState build)
    {
        build.Output.Commit();
        if (build.Record is { } record) record.Downloads = build.Site.Downloads;
        return Task.CompletedTask;
    }
}
