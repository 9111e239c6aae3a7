using Site.Output;
using Site.Project;

namespace Site.Pipeline.Steps;

/// <summary>The Atom feeds, sitemap.xml, robots.txt, the CSS and scripts, and the font.</summary>
public sealed class FeedsAndAssetsStep : IStep
{
    public string Name => "feeds and assets";

    public Task RunAsync(BuildState build)
    {
        build.Fonts = Output.Fonts.Make(build.Config, build.Used.CodePoints());
        build.Findings.AddRange(Output.Fonts.MissingGlyphs(build.Config, build.Fonts.Missing));
        // One core would make these one after the other while the rest waited: each feed, the sitemap and the assets
        // are made and written side by side.
        List<Func<IEnumerable<OutputFile>>> jobs = [.. WriteFeeds.Jobs(build.Site, build.PagePaths).Select(job => (Func<IEnumerable<OutputFile>>)(() => [job.Make()])), () => CopyAssets.Run(build.Config, build.Fonts)];
        build.Assets = InParallel.Map(jobs, job =>
        {
            var files = job().ToList();
            foreach (var f in files) build.Write(f);
            return files;
        }).SelectMany(files => files).ToList();
        return Task.CompletedTask;
    }
}
