using Site.Project;
using Site.Search;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>
/// Starts the Pagefind index of every document and translation as soon as the site model is read: it needs nothing
/// of the pages, and Pagefind, the longest stage at 10,000 documents, then works while the pages and the downloads
/// are made. <see cref="SearchIndexStep"/> waits for it.
/// </summary>
public sealed class StartSearchIndexStep : IStep
{
    public string Name => "search index starts";

    public Task RunAsync(BuildState build)
    {
        var site = build.Site;
        var staging = build.Output.Staging;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var records = build.SearchRecords = Task.Run(() => SearchIndex.Records(site));
        build.SearchIndex = Task.Run(async () =>
        {
            await SearchIndex.WriteAsync(await records, site.Config.Root, staging, build.Stopping.Token,
                build.Options.SearchFirst ? Posix.LowerOwnPriority : null);
            return sw.Elapsed;
        });
        return Task.CompletedTask;
    }
}

/// <summary>Waits for the index <see cref="StartSearchIndexStep"/> started (its errors are the build's).</summary>
public sealed class SearchIndexStep : IStep
{
    public string Name => "search index ends";

    public async Task RunAsync(BuildState build)
    {
        if (build.SearchIndex is not { } search) return;
        // Its own time, from its start: printed under this step, though it ran beside the steps before.
        var took = await search;
        lock (build.Times) build.Times.Add(("  search index", took));
        // Links into the index were let through while it was being written: should one lead nowhere, the links are
        // verified again, now against every file, to report it where it stands.
        if (build.LinksIntoSearchIndex.Any(p => !File.Exists(Path.Combine(build.Output.Staging, p))))
            throw new SiteError(VerifyLinksStep.Problems(build, VerifyOutput.FilesIn(build.Output.Staging).Contains));
    }
}
