using System.Diagnostics;
using Site.Check;
using Site.Config;
using Site.Corpus;
using Site.Translations;

namespace Site.Build;

public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed, IReadOnlyList<Finding> Warnings, IReadOnlyList<(string Stage, TimeSpan Time)> Stages);

/// <summary>What to build besides the pages.</summary>
/// <param name="PagesOnly">Only pages, feeds and assets: no search index, no downloads (for quick previews and like-for-like benchmarks).</param>
/// <param name="Previous">For the preview: what the last build wrote (filled in by a full build). When it holds a
/// build, only files that changed are written, in place, and only the pages that changed are verified.</param>
public sealed record BuildOptions(bool PagesOnly = false, WrittenFiles? Previous = null);

/// <summary>The content hash of every file a build wrote, so the next build can write only what changed.</summary>
public sealed class WrittenFiles
{
    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);
    /// <summary>The downloads the full build made; rebuilds of pages only keep linking them.</summary>
    public IReadOnlyList<Downloads.Download> Downloads { get; set; } = [];
    public static string Hash(byte[] content) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content));
}

/// <summary>
/// The build, stage by stage: read the corpus → render Markdown → read translations → link topics, translations
/// and neighbours → lay out pages → feeds and assets → write (to a staging folder) → verify → swap into place.
/// Then, unless only pages are asked for: the search index and the downloads (offline copy, EPUBs).
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(SiteConfig config, string? outputOverride = null, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
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
        if (options.PagesOnly && options.Previous is { Downloads.Count: > 0 } kept) site = site with { Downloads = kept.Downloads };

        sw.Restart();
        await using var renderer = new PageRenderer();
        var pages = await LayOutPages.RunAsync(site, renderer);
        stages.Add(("lay out", sw.Elapsed));

        var files = Stage("feeds and assets", () => pages.Concat(WriteFeeds.Run(site, pages.Select(p => p.Path))).Concat(CopyAssets.Run(config)).ToList());

        if (!options.PagesOnly)
        {
            // The offline copy holds the site as laid out so far (its about page has no download links: it is the download).
            sw.Restart();
            var downloads = MakeDownloads(site, files);
            site = site with { Downloads = downloads.Select(d => d.Info).ToList() };
            var about = await LayOutPages.AboutAsync(site, renderer);
            files = files.Select(f => f.Path == Urls.About ? about : f).Concat(downloads.Select(d => d.File)).ToList();
            stages.Add(("downloads", sw.Elapsed));
        }

        var target = outputOverride ?? config.OutputDir;
        if (options.Previous is { Hashes.Count: > 0 } previous && Directory.Exists(target))
        {
            WriteChanged(files, target, previous, stages);
        }
        else
        {
            using var output = new OutputFolder(target, config.Root);
            Stage("write", () => { Parallel.ForEach(files, output.Write); return 0; });
            var problems = Stage("verify", () => VerifyOutput.Run(output.Staging, files, []));
            if (problems.Count > 0)
                throw new SiteErrors(problems.Select(p => new SiteError("output", 0, p, "A template or a link in the content is wrong: fix it and build again.")).ToList());
            if (!options.PagesOnly)
            {
                Stage("search index", () => { Search.SearchIndex.Write(site, output.Staging); return 0; });
            }
            output.Commit();
            if (options.Previous is { } first)
            {
                foreach (var f in files) first.Hashes[f.Path] = WrittenFiles.Hash(f.Content);
                first.Downloads = site.Downloads;
            }
        }

        var bytes = files.Sum(f => (long)f.Content.Length);
        if (!options.PagesOnly) bytes += DirSize(Path.Combine(target, Search.SearchIndex.Bundle));
        return new BuildResult(pages.Count, files.Count, bytes, total.Elapsed, translations.Findings.Where(f => f.IsWarning).ToList(), stages);
    }

    static List<(Downloads.Download Info, OutputFile File)> MakeDownloads(SiteModel site, List<OutputFile> files)
    {
        var made = new List<(Downloads.Download, OutputFile)>();
        void Add(string name, byte[] bytes, string lang, string kind) =>
            made.Add((new Downloads.Download("download/" + name, bytes.Length, lang, kind), new OutputFile("download/" + name, bytes)));
        Add(Downloads.OfflineCopy.Name, Downloads.OfflineCopy.Zip(files), "fa", "zip");
        var font = files.First(f => f.Path == CopyAssets.FontPath).Content;
        Add(Downloads.Epub.NameFor("fa"), Downloads.Epub.Persian(site, font), "fa", "epub");
        foreach (var lang in site.Config.Translations)
            if (Downloads.Epub.Translation(site, lang) is { } epub) Add(Downloads.Epub.NameFor(lang), epub, lang, "epub");
        return made;
    }

    /// <summary>
    /// The preview's rebuild: writes, in place, only the files whose content changed since the last build, removes
    /// pages that are gone, and verifies the changed pages. A failed verification leaves the previous files.
    /// </summary>
    static void WriteChanged(List<OutputFile> files, string target, WrittenFiles previous, List<(string, TimeSpan)> stages)
    {
        var sw = Stopwatch.StartNew();
        var changed = files.Where(f => !previous.Hashes.TryGetValue(f.Path, out var h) || h != WrittenFiles.Hash(f.Content)).ToList();
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Downloads are made by full builds only: a rebuild of the pages keeps them.
        var gone = previous.Hashes.Keys.Where(p => !paths.Contains(p) && !p.StartsWith("download/", StringComparison.Ordinal)).ToList();
        stages.Add(("compare", sw.Elapsed));
        sw.Restart();
        var problems = VerifyOutput.Run(target, changed, gone);
        stages.Add(("verify changed", sw.Elapsed));
        if (problems.Count > 0)
            throw new SiteErrors(problems.Select(p => new SiteError("output", 0, p, "A template or a link in the content is wrong: fix it and build again.")).ToList());
        sw.Restart();
        foreach (var f in changed)
        {
            OutputFolder.WriteInto(target, f);
            previous.Hashes[f.Path] = WrittenFiles.Hash(f.Content);
        }
        foreach (var g in gone) { File.Delete(Path.Combine(target, g)); previous.Hashes.Remove(g); }
        stages.Add(($"write {changed.Count} changed", sw.Elapsed));
    }

    static long DirSize(string dir) => Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
