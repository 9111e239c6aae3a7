using System.Diagnostics;
using Site.Corpus;
using Site.Output;
using Site.Pipeline.Steps;
using Site.Project;
using Site.Render;
using Site.Search;
using Site.Translations;

namespace Site.Pipeline;

/// <summary>
/// The build as a list of named steps, run in order and timed one by one (<c>build --timings</c>). The full build
/// writes a staging folder and swaps it in; the preview's rebuild is a path of its own that writes only what changed.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The steps that read the input into the site model, which every build starts with (first here: the
    /// lists below are made in the order they stand).</summary>
    static IReadOnlyList<IStep> ReadModel { get; } =
        [new ReadCorpusStep(), new NumberParagraphsStep(), new ReadTranslationsStep(), new LinkStep(), new ReadHistoryStep()];

    /// <summary>The steps of a full build.</summary>
    public static IReadOnlyList<IStep> FullBuild(BuildOptions options) =>
    [
        .. ReadModel,
        .. options.PagesOnly ? [] : new IStep[] { new StartSearchIndexStep() },
        new LayOutAndWriteStep(), new FeedsAndAssetsStep(),
        .. options.PagesOnly ? [] : new IStep[] { new DownloadsStep() },
        new VerifyLinksStep(),
        .. options.PagesOnly ? [] : new IStep[] { new SearchIndexStep() },
        new SwapInStep(),
    ];

    /// <summary>The steps of the preview's rebuild: everything in memory, compared with what was written last.</summary>
    public static IReadOnlyList<IStep> PartialRebuild { get; } =
    [
        .. ReadModel, new LayOutInMemoryStep(), new FeedsAndAssetsInMemoryStep(), new CompareStep(), new VerifyChangedStep(), new WriteChangedStep(),
    ];

    /// <summary>check's steps after it has read the texts: the pages in memory, and the texts' links verified on them.</summary>
    public static IReadOnlyList<IStep> LinkCheck { get; } =
    [
        new NumberParagraphsStep(), new LinkStep(), new LayOutInMemoryStep(), new FeedsAndAssetsInMemoryStep(), new VerifyContentLinksStep(),
    ];

    /// <summary>
    /// Every link written in <paramref name="corpus"/> or <paramref name="translations"/> that the build would refuse,
    /// at its file and line. Texts without links (the usual case) cost nothing: no page is laid out.
    /// </summary>
    public static async Task<List<Diagnostic>> CheckLinksAsync(SiteConfig config, CorpusContent corpus, TranslationReader.Result translations)
    {
        static bool Links(Paragraph p) => p.KeptHtml?.Contains("<a ", StringComparison.Ordinal) == true;
        if (!corpus.All.Any(d => d.Body.Any(Links)) && !translations.Translations.Any(t => t.Paragraphs.Any(Links))) return [];
        await using var renderer = new PageRenderer();
        var build = new BuildState(config, config.OutputDir, new BuildOptions(PagesOnly: true), renderer) { Corpus = corpus, Translations = translations };
        await RunAsync(LinkCheck, build);
        return build.LinkFindings;
    }

    /// <summary>Builds the whole site into <paramref name="outputOverride"/> (or the configured output folder).</summary>
    public static async Task<BuildResult> BuildAsync(SiteConfig config, string? outputOverride = null, BuildOptions? options = null)
    {
        var target = OutputFolder.FullPath(outputOverride ?? config.OutputDir);
        using var held = Begin(config, target);
        return (await FullAsync(config, target, options ?? new BuildOptions(), memory: null, held)).Result;
    }

    /// <summary>
    /// Taken first, the lock on the output folder: a build that waits for another reads the input as it is when its
    /// turn comes, and a build that fails still puts back the site a killed one left aside. Then the theme must hold
    /// only files and folders (input/ is checked as it is read).
    /// </summary>
    static OutputLock Begin(SiteConfig config, string target)
    {
        // A folder the build will refuse gets no lock file beside it either (checked again under the lock).
        OutputFolder.Refuse(target, config.Root);
        var held = OutputLock.Take(target);
        // A setting that names some other folder ('theme: /etc') is one error, not one for each link found there.
        if (Directory.Exists(config.ThemeDir) && !Directory.Exists(Path.Combine(config.ThemeDir, "strings")))
        {
            held.Dispose();
            throw new SiteError(SiteConfig.FileName, config.LineOfKey("theme"), $"'{config.Theme}' is not a theme folder: it has no strings/ folder",
                "Point 'theme:' at the folder with Layout/, Pages/, strings/ and assets/ (the project's own is 'theme').");
        }
        if (ProjectFiles.Check(config.ThemeDir, p => Path.GetRelativePath(config.Root, p)) is { Count: > 0 } strange)
        {
            held.Dispose();
            throw new SiteError(strange);
        }
        return held;
    }

    /// <summary>
    /// The preview's build: the first makes the pages (the search index and the downloads follow, see
    /// <see cref="ExtrasAsync"/>) and records in <paramref name="memory"/> what it read, laid out and wrote; after that,
    /// only the files changed since are read again, only the pages whose key changed are laid out (see
    /// <see cref="Render.PageKeys"/>), and only those that differ from what the folder holds are verified and written.
    /// </summary>
    /// <param name="changes">What the file system said changed since the last build; every file is looked at when it is null or could not say.</param>
    public static async Task<BuildResult> PreviewAsync(SiteConfig config, PreviewMemory memory, ChangeSet? changes = null)
    {
        var target = OutputFolder.FullPath(config.OutputDir);
        using var held = Begin(config, target);
        if (memory.Written.Count == 0 || !Directory.Exists(target))
        {
            // A whole build looks at every file: what changes from now on is for the next build.
            changes?.Take();
            // The folder was removed (a clean start): the downloads and the search index went with it. The pages stop
            // linking them (they did, and every rebuild failed on those links); the preview makes them again.
            if (memory.Extras.Count > 0 && !Directory.Exists(target)) { memory.Extras.Clear(); memory.Downloads = []; }
            return (await FullAsync(config, target, new BuildOptions(PagesOnly: true), memory, held)).Result;
        }
        var total = Stopwatch.StartNew();
        await using var renderer = new PageRenderer();
        // The file system's word is taken only after a build that succeeded: one that failed (a link found, say) is
        // followed by one that looks at everything again.
        var (everything, changed) = changes?.Take() ?? (true, new HashSet<string>());
        var build = new BuildState(config, target, new BuildOptions(PagesOnly: true), renderer)
        {
            Memory = memory, KeptDownloads = memory.Downloads, Unchanged = everything ? null : new Unchanged(changed),
        };
        try
        {
            var steps = await RunAsync(PartialRebuild, build);
            return new BuildResult(build.Pages.Count, memory.Written.Count, build.Changed.Sum(f => (long)f.Content.Length), total.Elapsed, Warnings(build), steps) { Rewritten = build.Changed.Count + build.Gone.Count };
        }
        catch
        {
            changes?.Restore(changed);
            throw;
        }
        finally { memory.Pages.Discard(); }
    }

    /// <summary>
    /// The site model alone, read with the preview's memory: the preview answers requests from it by laying out the
    /// page asked for while its first build writes them all (what it reads there, it then does not read again).
    /// </summary>
    public static async Task<Model.SiteModel> PreviewModelAsync(SiteConfig config, PreviewMemory memory)
    {
        await using var renderer = new PageRenderer();
        var build = new BuildState(config, OutputFolder.FullPath(config.OutputDir), new BuildOptions(PagesOnly: true), renderer) { Memory = memory, KeptDownloads = memory.Downloads };
        await RunAsync(ReadModel, build);
        return build.Site;
    }

    /// <summary>
    /// The preview's search index and downloads: a whole build into <paramref name="scratch"/> (a folder of its own,
    /// so the preview goes on serving and rebuilding meanwhile), run by the <c>serve-extras</c> command in a process
    /// of its own. Returns the downloads it made.
    /// </summary>
    public static async Task<IReadOnlyList<Model.Download>> ExtrasAsync(SiteConfig config, string scratch)
    {
        var target = OutputFolder.FullPath(scratch);
        using var held = Begin(config, target);
        return (await FullAsync(config, target, new BuildOptions(), memory: null, held)).Site.Downloads;
    }

    static async Task<(BuildResult Result, Model.SiteModel Site)> FullAsync(SiteConfig config, string target, BuildOptions options, PreviewMemory? memory, OutputLock held)
    {
        var total = Stopwatch.StartNew();
        await using var renderer = new PageRenderer();
        using var output = new OutputFolder(target, config.Root, held);
        // The downloads' ZIM is keyed by the content of every file: hashed as written, the site is not read back for it.
        if (!options.PagesOnly) output.Hashes = new(StringComparer.Ordinal);
        var build = new BuildState(config, target, options, renderer)
        {
            Output = output, Memory = memory, KeptDownloads = options.PagesOnly ? memory?.Downloads ?? [] : [],
            SiteWideAhead = memory is null ? Task.Run(() => Steps.LinkStep.ReadSiteWide(config)) : null,
        };
        try
        {
            var steps = await RunAsync(FullBuild(options), build);
            var bytes = build.Bytes + (options.PagesOnly ? 0 : DirSize(Path.Combine(target, SearchIndex.Bundle)));
            return (new BuildResult(build.PagePaths.Count, FileCount(target), bytes, total.Elapsed, Warnings(build), steps), build.Site);
        }
        catch
        {
            // A first build that failed leaves nothing for the next to build on: it starts over.
            memory?.Written.Clear();
            // Nor does anything go on writing into the staging folder, which is about to be removed.
            await build.Stopping.CancelAsync();
            if (build.SearchIndex is { } search) try { await search; } catch (Exception) { }
            throw;
        }
    }

    /// <summary>Runs the steps in order and times each.</summary>
    static async Task<List<(string, TimeSpan)>> RunAsync(IReadOnlyList<IStep> steps, BuildState build)
    {
        var times = build.Times;
        var sw = new Stopwatch();
        foreach (var step in steps)
        {
            sw.Restart();
            var at = times.Count;
            await step.RunAsync(build);
            times.Insert(at, (step.Name, sw.Elapsed));
        }
        return times;
    }

    static List<Diagnostic> Warnings(BuildState build) => [.. HiddenCharacters.In(build.Corpus), .. build.Translations.Findings.Where(f => f.IsWarning), .. build.Findings];

    /// <summary>The files the site is made of, not counting the search index's bundle (Pagefind's many small files).</summary>
    static int FileCount(string target) =>
        Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count(f =>
            !f.Contains(Path.DirectorySeparatorChar + SearchIndex.Bundle + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Path.GetFileName(f) != OutputFolder.Marker);

    static long DirSize(string dir) => Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
