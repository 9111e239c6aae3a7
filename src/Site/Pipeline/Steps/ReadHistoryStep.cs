using Site.Model;

namespace Site.Pipeline.Steps;

/// <summary>The edition (from git, or statiq.config) and the recent changes to documents and translations (from git).</summary>
public sealed class ReadHistoryStep : IStep
{
    public string Name => "read history";

    public Task RunAsync(BuildState build)
    {
        build.Site = build.Site with { Edition = Edition.Of(build.Config), Changes = Changes.Read(build.Config, build.Site) };
        return Task.CompletedTask;
    }
}
