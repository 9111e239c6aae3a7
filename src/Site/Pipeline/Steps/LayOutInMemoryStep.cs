using Site.Render;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: the pages whose key changed laid out in memory, to be compared with what was written last (check: every page).</summary>
public sealed class LayOutInMemoryStep : IStep
{
    public string Name => "lay out";

    public async Task RunAsync(BuildState build) => (build.Pages, build.PagePaths) = await LayOutPages.RunAsync(build.Site, build.Renderer, build.PreviewPages());
}
