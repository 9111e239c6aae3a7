using Site.Project;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>Every internal link and anchor of every page resolves, and each page has what a reader relies on.</summary>
public sealed class VerifyLinksStep : IStep
{
    public string Name => "verify links";

    public Task RunAsync(BuildState build)
    {
        var staging = build.Output.Staging;
        var problems = VerifyOutput.Check(build.Facts.Values, VerifyOutput.FilesIn(staging).Contains,
            page => VerifyOutput.Scan(page, File.ReadAllText(Path.Combine(staging, page))).Ids, build.Config.BasePath, LinkSources.Of(build.Site));
        if (problems.Count > 0) throw new SiteError(problems);
        return Task.CompletedTask;
    }
}
