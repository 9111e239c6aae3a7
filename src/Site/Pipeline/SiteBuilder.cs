using System.Diagnostics;
using Site.Check;
using Site.Corpus;
using Site.Model;
using Site.Output;
using Site.Project;
using Site.Render;
using Site.Translations;
using Site.Verify;

namespace Site.Pipeline;

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
/// The build, stage by stage: read the corpus (front-matter and Markdown) → number paragraphs → read translations →
/// link topics, translations and neighbours → lay out each page, read it for its links and write it (to a staging
/// folder) → feeds and assets → unless only pages are asked for, the downloads (offline copy, EPUBs) → verify the
/// links → unless only pages, the search index → swap into place.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(SiteConfig config, string? outputOverride = null, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        var total = Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan)>();
        var sw = Stopwatch.StartNew();
        // Taken first: a build that waits for another reads the input as it is when its turn comes, and a build that
        // fails still puts back the site a killed one left aside.
        var target = OutputFolder.FullPath(outputOverride ?? config.OutputDir);
        using var held = OutputLock.Take(target);
        T Stage<T>(string name, Func<T> f) { sw.Restart(); var r = f(); stages.Add((name, sw.Elapsed)); return r; }

        if (ProjectFiles.Check(config.ThemeDir, p => Path.GetRelativePath(config.Root, p)) is { Count: > 0 } strange) throw new SiteErrors(strange);
        var corpus = Stage("read corpus", () => CorpusReader.Read(config.InputDir, config.Root));
        var (messages, resolutions) = Stage("number paragraphs", () =>
        {
            var all = InParallel.Map([.. corpus.All], RenderBodies.Render);
            return (all.Where(d => d.Message is not null).ToList(), all.Where(d => d.Resolution is not null).ToList());
        });
        var translations = Stage("read translations", () => TranslationReader.ReadAll(config, corpus));
        if (translations.HasErrors)
            throw new SiteErrors(translations.Findings.Where(f => !f.IsWarning).Select(f => new SiteError(f.File, f.Line, f.Problem, f.Fix)).ToList());
        var fa = UiStrings.Load(config.ThemeDir, "fa");
        var strings = config.Translations.Append("fa").Distinct().ToDictionary(l => l, l => UiStrings.Load(config.ThemeDir, l));
        var site = Stage("link", () => LinkSite.Run(config, corpus, messages, resolutions, translations.Translations, fa, strings));
        if (options.PagesOnly && options.Previous is { Downloads.Count: > 0 } kept) site = site with { Downloads = kept.Downloads };

        await using var renderer = new PageRenderer();
        long bytes;
        int pageCount;
        if (options.Previous is { Hashes.Count: > 0 } previous && Directory.Exists(target))
        {
            // The preview's rebuild: everything is laid out in memory and compared with what was written last.
            sw.Restart();
            var pages = await LayOutPages.RunAsync(site, renderer);
            stages.Add(("lay out", sw.Elapsed));
            var files = Stage("feeds and assets", () => pages.Concat(WriteFeeds.Run(site, pages.Select(p => p.Path))).Concat(CopyAssets.Run(config)).ToList());
            WriteChanged(files, target, previous, stages, config.BasePath);
            (bytes, pageCount) = (files.Sum(f => (long)f.Content.Length), pages.Count);
        }
        else
        {
            // Each page is checked and written the moment it is laid out, and then let go: memory holds the corpus,
            // not the site.
            using var output = new OutputFolder(target, config.Root, held);
            var facts = new System.Collections.Concurrent.ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
            var shared = new SharedStrings();
            long written = 0;
            void Write(OutputFile file)
            {
                output.Write(file);
                Interlocked.Add(ref written, file.Content.Length);
                if (options.Previous is { } first) lock (first) first.Hashes[file.Path] = WrittenFiles.Hash(file.Content);
            }
            void WritePage(string path, ReadOnlyMemory<char> html)
            {
                facts[path] = VerifyOutput.Scan(path, html, shared);
                if (options.Previous is not null) { Write(OutputFile.Text(path, html.Span)); return; }
                Interlocked.Add(ref written, output.WriteText(path, html.Span));
            }

            sw.Restart();
            var paths = await LayOutPages.RunAsync(site, renderer, WritePage);
            stages.Add(("lay out and write", sw.Elapsed));
            var assets = Stage("feeds and assets", () =>
            {
                // One core would make these one after the other while the rest waited: each feed, the sitemap and
                // the assets are made and written side by side.
                List<Func<IEnumerable<OutputFile>>> jobs = [.. WriteFeeds.Jobs(site, paths).Select(make => (Func<IEnumerable<OutputFile>>)(() => [make()])), () => CopyAssets.Run(config)];
                return InParallel.Map(jobs, job =>
                {
                    var files = job().ToList();
                    foreach (var f in files) Write(f);
                    return files;
                }).SelectMany(files => files).ToList();
            });

            if (!options.PagesOnly)
            {
                // The offline copy holds the site as written so far (its about page has no download links: it is the download).
                sw.Restart();
                var downloads = MakeDownloads(site, output.Staging, assets);
                site = site with { Downloads = downloads.Select(d => d.Info).ToList() };
                var about = await LayOutPages.AboutAsync(site, renderer);
                Interlocked.Add(ref written, -new FileInfo(Path.Combine(output.Staging, Urls.About)).Length);
                WritePage(Urls.About, about.AsMemory());
                foreach (var d in downloads) Write(d.File);
                stages.Add(("downloads", sw.Elapsed));
            }

            var problems = Stage("verify links", () => VerifyOutput.Check(facts.Values, VerifyOutput.FilesIn(output.Staging),
                page => VerifyOutput.Scan(page, File.ReadAllText(Path.Combine(output.Staging, page))).Ids, config.BasePath));
            if (problems.Count > 0)
                throw new SiteErrors(problems.Select(p => new SiteError("output", 0, p, "A template or a link in the content is wrong: fix it and build again.")).ToList());
            if (!options.PagesOnly)
            {
                Stage("search index", () => { Search.SearchIndex.Write(site, output.Staging); return 0; });
            }
            output.Commit();
            if (options.Previous is { } done) done.Downloads = site.Downloads;
            (bytes, pageCount) = (written, paths.Count);
        }

        if (!options.PagesOnly) bytes += DirSize(Path.Combine(target, Search.SearchIndex.Bundle));
        return new BuildResult(pageCount, FileCount(target), bytes, total.Elapsed, HiddenCharacters.In(corpus).Concat(translations.Findings.Where(f => f.IsWarning)).ToList(), stages);
    }

    /// <summary>The files the site is made of, not counting the search index's bundle (Pagefind's many small files).</summary>
    static int FileCount(string target) =>
        Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count(f =>
            !f.Contains(Path.DirectorySeparatorChar + Search.SearchIndex.Bundle + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Path.GetFileName(f) != OutputFolder.Marker);

    static List<(Downloads.Download Info, OutputFile File)> MakeDownloads(SiteModel site, string staging, List<OutputFile> assets)
    {
        var made = new List<(Downloads.Download, OutputFile)>();
        void Add(string name, byte[] bytes, string lang, string kind) =>
            made.Add((new Downloads.Download("download/" + name, bytes.Length, lang, kind), new OutputFile("download/" + name, bytes)));
        // Read back one file at a time, in order, so the site is not held in memory whole.
        var siteFiles = VerifyOutput.FilesIn(staging).Where(p => p != OutputFolder.Marker).Order(StringComparer.Ordinal)
            .Select(p => new OutputFile(p, File.ReadAllBytes(Path.Combine(staging, p))));
        Add(Downloads.OfflineCopy.Name, Downloads.OfflineCopy.Zip(siteFiles), "fa", "zip");
        var font = assets.First(f => f.Path == CopyAssets.FontPath).Content;
        Add(Downloads.Epub.NameFor("fa"), Downloads.Epub.Persian(site, font), "fa", "epub");
        foreach (var lang in site.Config.Translations)
            if (Downloads.Epub.Translation(site, lang) is { } epub) Add(Downloads.Epub.NameFor(lang), epub, lang, "epub");
        return made;
    }

    /// <summary>
    /// The preview's rebuild: writes, in place, only the files whose content changed since the last build, removes
    /// pages that are gone, and verifies the changed pages. A failed verification leaves the previous files.
    /// </summary>
    static void WriteChanged(List<OutputFile> files, string target, WrittenFiles previous, List<(string, TimeSpan)> stages, string? rootPath)
    {
        var sw = Stopwatch.StartNew();
        var changed = files.Where(f => !previous.Hashes.TryGetValue(f.Path, out var h) || h != WrittenFiles.Hash(f.Content)).ToList();
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Downloads are made by full builds only: a rebuild of the pages keeps them.
        var gone = previous.Hashes.Keys.Where(p => !paths.Contains(p) && !p.StartsWith("download/", StringComparison.Ordinal)).ToList();
        stages.Add(("compare", sw.Elapsed));
        sw.Restart();
        var problems = VerifyOutput.Run(target, changed, gone, rootPath);
        stages.Add(("verify changed", sw.Elapsed));
        if (problems.Count > 0)
            throw new SiteErrors(problems.Select(p => new SiteError("output", 0, p, "A template or a link in the content is wrong: fix it and build again.")).ToList());
        sw.Restart();
        foreach (var f in changed)
        {
            OutputFolder.ReplaceInto(target, f);
            previous.Hashes[f.Path] = WrittenFiles.Hash(f.Content);
        }
        foreach (var g in gone) { File.Delete(Path.Combine(target, g)); previous.Hashes.Remove(g); }
        stages.Add(($"write {changed.Count} changed", sw.Elapsed));
    }

    static long DirSize(string dir) => Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
