using Site.Downloads;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>
/// check's view of the links written in documents and translations: the pages laid out in memory are verified by
/// the rule the build's verification applies (<see cref="VerifyOutput.Check"/>), and what is wrong with a link from
/// a document's or a translation's text is kept, at that file and line. The downloads are counted as the build will
/// make them; the theme's own links are the build's to judge.
/// </summary>
public sealed class VerifyContentLinksStep : IStep
{
    public string Name => "verify the texts' links";

    public Task RunAsync(BuildState build)
    {
        var facts = build.Pages.AsParallel().Select(p => VerifyOutput.Scan(p.Path, System.Text.Encoding.UTF8.GetString(p.Content))).ToDictionary(f => f.Page, StringComparer.Ordinal);
        var files = build.Files.Select(f => f.Path).Concat(DownloadNames.Of(build.Config)).ToHashSet(StringComparer.Ordinal);
        var texts = build.Corpus.All.Select(d => d.Path).Concat(build.Translations.Translations.Select(t => t.Path)).ToHashSet(StringComparer.Ordinal);
        build.LinkFindings = VerifyOutput.Check(facts.Values, files.Contains, page => facts.TryGetValue(page, out var f) ? f.Ids : [], build.Config.BasePath, LinkSources.Of(build.Site))
            .Where(d => texts.Contains(d.File)).Distinct().ToList();
        return Task.CompletedTask;
    }
}
