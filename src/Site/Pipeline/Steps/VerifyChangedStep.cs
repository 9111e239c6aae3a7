using Site.Project;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: the changed pages are verified against the folder as it will be; a failure leaves the previous files.</summary>
public sealed class VerifyChangedStep : IStep
{
    public string Name => "verify changed";

    public Task RunAsync(BuildState build)
    {
        var memory = build.Memory!;
        // The downloads a text may link to are counted as made before the background build has made them (as check does).
        var downloads = Downloads.DownloadNames.Of(build.Config);
        var problems = VerifyOutput.Run(build.Target, build.Changed, build.Gone, build.Config.BasePath, LinkSources.Of(build.Site),
            p => memory.Written.Contains(p) || memory.Extras.Contains(p) || downloads.Contains(p));
        if (problems.Count > 0) throw new SiteError(problems);
        return Task.CompletedTask;
    }
}
