using Site.Render;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: every page laid out in memory, to be compared with what was written last.</summary>
public sealed class LayOutInMemoryStep : IStep
{
    public string Name => "lay out";

    public async Task RunAsync(BuildState build) => build.Pages = await LayOutPages.RunAsync(build.Site, build.Renderer);
}
