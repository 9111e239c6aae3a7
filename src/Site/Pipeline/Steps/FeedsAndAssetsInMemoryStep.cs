using Site.Output;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: the pages, feeds and assets together, in memory.</summary>
public sealed class FeedsAndAssetsInMemoryStep : IStep
{
    public string Name => "feeds and assets";

    public Task RunAsync(BuildState build)
    {
        build.Files = build.Pages.Concat(WriteFeeds.Run(build.Site, build.Pages.Select(p => p.Path))).Concat(CopyAssets.Run(build.Config)).ToList();
        return Task.CompletedTask;
    }
}
