using Site.Project;
using Site.Search;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>Every internal link and anchor of every page resolves, and each page has what a reader relies on.</summary>
public sealed class VerifyLinksStep : IStep
{
    public string Name => "verify links";

    public Task RunAsync(BuildState build)
    {
        // Verified while the search index may still be written (it is the last to finish at 10,000 documents): its
        // folders are not listed, and the links into them are looked at again once it is done (SearchIndexStep).
        var indexing = build.SearchIndex is not null;
        var files = VerifyOutput.FilesIn(build.Output.Staging, indexing ? SearchIndex.IsItsFile : null);
        var intoIndex = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // A build of pages only counts the downloads a text may link to as made (as check does); a whole build makes them.
        var downloads = build.Options.PagesOnly ? Downloads.DownloadNames.Of(build.Config) : null;
        bool Exists(string path)
        {
            if (files.Contains(path) || downloads?.Contains(path) == true) return true;
            if (!indexing || !SearchIndex.IsItsFile(path)) return false;
            intoIndex.TryAdd(path, true);   // let through now, looked at once the index is written
            return true;
        }
        var problems = Problems(build, Exists);
        if (problems.Count > 0) throw new SiteError(problems);
        build.LinksIntoSearchIndex = intoIndex.Keys.Order(StringComparer.Ordinal).ToList();
        return Task.CompletedTask;
    }

    /// <summary>What is wrong with the pages' links, given which files the site holds.</summary>
    public static List<Diagnostic> Problems(BuildState build, Func<string, bool> exists)
    {
        // Ids are read again from the pages links with an anchor lead into (a few thousand at 10,000 documents).
        return build.Links.Check(exists, VerifyOutput.IdsIn(build.Output.Staging), LinkSources.Of(build.Site));
    }
}
