using Site.Output;
using Site.Project;

namespace Site.Pipeline.Steps;

/// <summary>The Atom feeds, sitemap.xml, robots.txt, the CSS and scripts, and the font.</summary>
public sealed class FeedsAndAssetsStep : IStep
{
    public string Name => "feeds and assets";

    public Task RunAsync(BuildState build)
    {
        var used = build.Used.CodePoints().ToList();
        build.Fonts = Output.Fonts.Make(build.Config, used);
        build.Findings.AddRange(Output.Fonts.MissingGlyphs(build.Config, build.Fonts.Missing));
        // One core would make these one after the other while the rest waited: each feed, the sitemap and the assets
        // are made and written side by side.
        // The preview's first build keeps each feed's key, file and parts, and its entries, as a rebuild does: its
        // first rebuild then makes again only what the save changed.
        var memory = build.Memory;
        var keys = build.PreviewPages()?.Item2;
        OutputFile Make(WriteFeeds.Job job)
        {
            if (memory is null || keys is null) return job.Make();
            var parts = job.Parts?.Invoke();
            var file = parts is null ? job.Make() : WriteFeeds.Join(job.Path, parts);
            var key = keys.Feed(job.Path, build.PagePaths);
            lock (build.Remember) build.Remember.Add(() => memory.Feeds[job.Path] = (key, file, parts));
            return file;
        }
        List<OutputFile> Assets()
        {
            var assets = CopyAssets.Run(build.Site, build.Fonts).ToList();
            if (memory is not null && build.Stamps is { } stamps)
            {
                var fonts = build.Fonts;
                lock (build.Remember) build.Remember.Add(() => { memory.Fonts = (used, fonts); memory.Assets = (fonts.Persian, fonts.Latin, stamps, assets); });
            }
            return assets;
        }
        List<Func<IEnumerable<OutputFile>>> jobs = [.. WriteFeeds.Jobs(build.Site, build.PagePaths, memory?.FeedEntries).Select(job => (Func<IEnumerable<OutputFile>>)(() => [Make(job)])), Assets];
        build.Assets = InParallel.Map(jobs, job =>
        {
            var files = job().ToList();
            foreach (var f in files) build.Write(f);
            return files;
        }).SelectMany(files => files).ToList();
        return Task.CompletedTask;
    }
}
