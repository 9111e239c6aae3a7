using Site.Search;

namespace Site.Pipeline.Steps;

/// <summary>The Pagefind index of every document and translation, written with Node into the staging folder.</summary>
public sealed class SearchIndexStep : IStep
{
    public string Name => "search index";

    public Task RunAsync(BuildState build)
    {
        SearchIndex.Write(build.Site, build.Output.Staging);
        return Task.CompletedTask;
    }
}
