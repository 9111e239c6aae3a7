using Site.Render;

namespace Site.Pipeline.Steps;

/// <summary>
/// Every page laid out by the theme, read for its links (<see cref="Verify.LinkLedger"/>), and written into the staging folder the moment it
/// is laid out, then let go: memory holds the corpus, not the site.
/// </summary>
public sealed class LayOutAndWriteStep : IStep
{
    public string Name => "lay out and write";

    public async Task RunAsync(BuildState build)
    {
        // The preview's first build starts its page memory afresh: every page is laid out and recorded.
        if (build.Memory is { } memory) memory.Pages = new PageMemory();
        // Links to the pages about to be laid out are verified as each page is written (see LinkLedger).
        build.PagePaths = await LayOutPages.RunAsync(build.Site, build.Renderer, build.WritePage, build.PreviewPages(),
            paths => build.Links = new(paths.ToHashSet(StringComparer.Ordinal), build.Config.BasePath));
    }
}
