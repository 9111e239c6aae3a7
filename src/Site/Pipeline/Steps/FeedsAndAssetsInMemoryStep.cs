using Site.Output;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: the pages, feeds and assets together, in memory.</summary>
public sealed class FeedsAndAssetsInMemoryStep : IStep
{
    public string Name => "feeds and assets";

    public Task RunAsync(BuildState build)
    {
        foreach (var page in build.Pages) build.Used.Add(System.Text.Encoding.UTF8.GetString(page.Content));
        build.Fonts = Fonts.Make(build.Config, build.Used.CodePoints());
        build.Files = build.Pages.Concat(WriteFeeds.Run(build.Site, build.Pages.Select(p => p.Path))).Concat(CopyAssets.Run(build.Config, build.Fonts)).ToList();
        return Task.CompletedTask;
    }
}
