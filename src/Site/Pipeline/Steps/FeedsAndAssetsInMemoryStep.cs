using Site.Output;
using Site.Project;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild (and check's): the feeds and assets beside the pages laid out, in memory.</summary>
public sealed class FeedsAndAssetsInMemoryStep : IStep
{
    public string Name => "feeds and assets";

    public Task RunAsync(BuildState build)
    {
        if (build.Memory is { } memory) { Remembered(build, memory); return Task.CompletedTask; }
        foreach (var page in build.Pages) build.Used.Add(System.Text.Encoding.UTF8.GetString(page.Content));
        build.Fonts = Fonts.Make(build.Config, build.Used.CodePoints());
        build.Files = build.Pages.Concat(WriteFeeds.Run(build.Site, build.PagePaths)).Concat(CopyAssets.Run(build.Site, build.Fonts)).ToList();
        return Task.CompletedTask;
    }

    /// <summary>The preview makes again only what changed: a feed whose key changed, the font when the characters did, the assets when the theme or the font did.</summary>
    static void Remembered(BuildState build, PreviewMemory memory)
    {
        // The font is cut to the characters of every page, laid out now or before (the page memory holds them).
        var used = memory.Pages.CodePoints(build.PagePaths);
        if (memory.Fonts is { } cut && cut.CodePoints.SequenceEqual(used)) build.Fonts = cut.Fonts;
        else
        {
            var fonts = build.Fonts = Fonts.Make(build.Config, used);
            build.Remember.Add(() => memory.Fonts = (used, fonts));
        }
        var stamps = build.Stamps ?? "";
        List<OutputFile> assets;
        if (memory.Assets is { } kept && kept.Stamps == stamps && kept.Persian.AsSpan().SequenceEqual(build.Fonts.Persian) && kept.Latin.AsSpan().SequenceEqual(build.Fonts.Latin))
        {
            assets = [];
            build.Kept.AddRange(kept.Files.Select(f => f.Path));
        }
        else
        {
            assets = CopyAssets.Run(build.Site, build.Fonts).ToList();
            var (persian, latin) = (build.Fonts.Persian, build.Fonts.Latin);
            build.Remember.Add(() => memory.Assets = (persian, latin, stamps, assets));
        }
        var keys = build.PreviewPages()!.Value.Item2;
        var jobs = WriteFeeds.Jobs(build.Site, build.PagePaths, memory.FeedEntries).ToList();
        // The feeds and the sitemap are made of the site's shape, its pages' paths and what lists show of each
        // document: when none of these changed (see PageMemory.ListedUnchanged), each is what was written.
        if (memory.Pages.ListedUnchanged && memory.Pages.SamePaths(build.PagePaths) && jobs.All(j => memory.Feeds.ContainsKey(j.Path)))
        {
            build.Kept.AddRange(jobs.Select(j => j.Path));
            build.Files = [.. build.Pages, .. assets];
            return;
        }
        var feeds = new List<(WriteFeeds.Job Job, string Key)>();
        foreach (var job in jobs)
        {
            var key = keys.Feed(job.Path, build.PagePaths);
            if (memory.Feeds.TryGetValue(job.Path, out var was) && was.Key == key) build.Kept.Add(job.Path);
            else feeds.Add((job, key));
        }
        // The feeds left to make do not depend on each other: side by side. A feed whose parts are those last
        // written is kept as it is, not joined again (the Persian feed is megabytes at 10,000 documents).
        var made = InParallel.Map(feeds, f =>
        {
            if (f.Job.Parts is not { } makeParts) return (f.Job.Make(), (byte[][]?)null, false);
            var parts = makeParts();
            return memory.Feeds.TryGetValue(f.Job.Path, out var was) && was.Parts is { } before && WriteFeeds.SameParts(before, parts)
                ? (was.File, parts, true) : (WriteFeeds.Join(f.Job.Path, parts), parts, false);
        });
        var files = new List<OutputFile>();
        for (var i = 0; i < feeds.Count; i++)
        {
            var (path, key, (file, parts, same)) = (feeds[i].Job.Path, feeds[i].Key, made[i]);
            if (same) build.Kept.Add(path); else files.Add(file);
            build.Remember.Add(() => memory.Feeds[path] = (key, file, parts));
        }
        build.Files = [.. build.Pages, .. files, .. assets];
    }
}
