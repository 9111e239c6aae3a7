using System.Diagnostics;
using Site.Check;
using Site.Config;
using Site.Corpus;
using Site.Translations;

namespace Site.Build;

public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed, IReadOnlyList<Finding> Warnings, IReadOnlyList<(string Stage, TimeSpan Time)> Stages);

/// <summary>
/// The build, stage by stage: read the corpus → render Markdown → read translations → link topics, translations
/// and neighbours → lay out pages → feeds and assets → write (to a staging folder) → verify → swap into place.
/// Hooks let later stages (search index, downloads) join without touching this file.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Stages that run on the staged output after the pages are written and verified (e.g. the search index).</summary>
    public static readonly List<Func<SiteModel, string, IEnumerable<OutputFile>>> AfterWrite = [];

    public static async Task<BuildResult> BuildAsync(SiteConfig config, string? outputOverride = null)
    {
        var total = Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan)>();
        var sw = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> f) { sw.Restart(); var r = f(); stages.Add((name, sw.Elapsed)); return r; }

        var corpus = Stage("read corpus", () => CorpusReader.Read(config.InputDir, config.Root));
        var (messages, resolutions) = Stage("render markdown", () =>
        {
            var all = corpus.All.AsParallel().AsOrdered().Select(RenderBodies.Render).ToList();
            return (all.Where(d => d.Message is not null).ToList(), all.Where(d => d.Resolution is not null).ToList());
        });
        var translations = Stage("read translations", () => TranslationReader.ReadAll(config, corpus));
        if (translations.HasErrors)
            throw new SiteErrors(translations.Findings.Where(f => !f.IsWarning).Select(f => new SiteError(f.File, f.Line, f.Problem, f.Fix)).ToList());
        var fa = UiStrings.Load(config.ThemeDir, "fa");
        var strings = config.Translations.Append("fa").Distinct().ToDictionary(l => l, l => UiStrings.Load(config.ThemeDir, l));
        var site = Stage("link", () => LinkSite.Run(config, corpus, messages, resolutions, translations.Translations, fa, strings));

        sw.Restart();
        List<OutputFile> pages;
        await using (var renderer = new PageRenderer()) pages = await LayOutPages.RunAsync(site, renderer);
        stages.Add(("lay out", sw.Elapsed));

        var files = Stage("feeds and assets", () => pages.Concat(WriteFeeds.Run(site, pages.Select(p => p.Path))).Concat(CopyAssets.Run(config)).ToList());

        using var output = new OutputFolder(outputOverride ?? config.OutputDir);
        Stage("write", () => { Parallel.ForEach(files, output.Write); return 0; });
        var problems = Stage("verify", () => VerifyOutput.Run(output.Staging));
        if (problems.Count > 0)
            throw new SiteErrors(problems.Select(p => new SiteError("output", 0, p, "A template or a link in the content is wrong: fix it and build again.")).ToList());
        foreach (var after in AfterWrite)
            foreach (var f in Stage("after write", () => after(site, output.Staging).ToList())) output.Write(f);
        output.Commit();

        var bytes = files.Sum(f => (long)f.Content.Length);
        return new BuildResult(pages.Count, files.Count, bytes, total.Elapsed, translations.Findings.Where(f => f.IsWarning).ToList(), stages);
    }
}
