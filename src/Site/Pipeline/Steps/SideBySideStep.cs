namespace Site.Pipeline.Steps;

/// <summary>
/// Steps that do not depend on each other, run at once: the downloads (zimwriterfs, the zip, the EPUBs) and the search
/// index (Pagefind) are each mostly another program's work, and one after the other left a core idle for minutes at
/// 10,000 documents.
/// </summary>
public sealed class SideBySideStep(params IStep[] steps) : IStep
{
    public string Name => string.Join(" + ", steps.Select(s => s.Name));

    public Task RunAsync(BuildState build) => Task.WhenAll(steps.Select(s => Task.Run(() => s.RunAsync(build))));
}
