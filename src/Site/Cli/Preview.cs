using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Site.Corpus;
using Site.Model;
using Site.Output;
using Site.Pipeline;
using Site.Project;

namespace Site.Cli;

/// <summary>
/// serve: builds, serves output/ on 127.0.0.1, and rebuilds what a change under input/ or theme/ touched (statiq.config
/// is read once: a change to it needs a restart); an open page reloads itself after each rebuild
/// (<see cref="LiveReload"/>). Files are looked up on every request, so a file written is served at once.
/// </summary>
public sealed class Preview(SiteConfig config, int port, bool liveReload = true) : IAsyncDisposable
{
    readonly SemaphoreSlim building = new(1, 1);
    WebApplication? app;
    readonly List<FileSystemWatcher> watchers = [];
    CancellationTokenSource? pending;
    readonly PreviewMemory memory = new();
    readonly ChangeSet changes = new();

    readonly LiveReload live = new();

    public string Url => $"http://127.0.0.1:{port}/";
    public event Action<BuildResult?, Exception?>? Rebuilt;

    /// <summary>The search index and the downloads, made after the pages are served (null when they could not be).</summary>
    public Task<Exception?> Extras { get; private set; } = Task.FromResult<Exception?>(null);

    /// <summary>The first build's pages written (with <c>serveEarly</c>, after <see cref="StartAsync"/> returns).</summary>
    public Task Pages { get; private set; } = Task.CompletedTask;

    /// <summary>Awaited before the first build when serving early: a test holds it to ask for pages before the site is written.</summary>
    internal Task FirstBuildMayStart { get; init; } = Task.CompletedTask;

    /// <summary>Awaited when a rebuild has failed, before it is reported: a test saves the file again there.</summary>
    internal Func<Task>? OnFailed { get; set; }

    /// <summary>Notifications of changes so far: a rebuild that failed tells from it whether the files changed since it began.</summary>
    long notified;
    internal long Notified => Interlocked.Read(ref notified);

    /// <param name="serveEarly">
    /// Serve as soon as the input is read, before the first build has written the site: until it has, a page asked
    /// for is laid out alone from the same model (the same bytes the build writes), the stylesheets and scripts are
    /// made on request, and anything else waits for the build. At 10,000 documents the first page is served seconds
    /// before the site is written. Without it (the tests), StartAsync returns once the site is written.
    /// </param>
    public async Task StartAsync(bool serveEarly = false)
    {
        // Watching starts before the first build reads anything: a file saved while it runs is read again after it.
        // A folder that is not there is the build's to report (with the fix), not the watcher's to fail on.
        foreach (var dir in new[] { config.InputDir, config.ThemeDir })
        {
            Watch(dir);
            // The folder itself replaced (moved away and copied back, a backup restored, a sync tool): a watcher
            // follows the folder it began on, so the new one is watched, and every file looked at again.
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
            if (Path.GetDirectoryName(full) is not { } parent || !Directory.Exists(parent)) continue;
            var above = new FileSystemWatcher(parent, Path.GetFileName(full)) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName, EnableRaisingEvents = true };
            void Replaced() { changes.AddEverything(); Interlocked.Increment(ref notified); Watch(dir); Schedule(); }
            above.Created += (_, _) => Replaced();
            above.Renamed += (_, e) => { if (e.FullPath == full) Replaced(); };
            watchers.Add(above);
        }
        if (serveEarly)
        {
            try { early = new EarlyAnswers(config, await SiteBuilder.PreviewModelAsync(config, memory)); }
            // Input the build refuses is reported by the build, next; the preview then serves what it has.
            catch (Exception e) when (e is SiteError or IOException) { early = null; }
        }
        if (early is null) await RebuildAsync();
        else Pages = Task.Run(async () => { await FirstBuildMayStart; await RebuildAsync(); early = null; Collect(); });
        app = await ServeAsync(config.OutputDir, port, liveReload ? live : null, rel => early is { } e ? e.AnswerAsync(rel, Pages) : Task.FromResult<OutputFile?>(null));
        Extras = Task.Run(async () => { await Pages; RemoveLeftScratch(); await UntilIdleAsync(); return stopped ? null : await MakeExtrasAsync(); });
    }

    volatile EarlyAnswers? early;

    /// <summary>The watcher of each folder the site is made from, by the folder's path.</summary>
    readonly Dictionary<string, FileSystemWatcher> folderWatchers = new(StringComparer.Ordinal);

    /// <summary>Watches <paramref name="dir"/> and below (again, when the folder was replaced).</summary>
    void Watch(string dir)
    {
        lock (folderWatchers)
        {
            if (folderWatchers.Remove(dir, out var old)) old.Dispose();
            if (stopped || !Directory.Exists(dir)) return;
            var w = new FileSystemWatcher(dir) { IncludeSubdirectories = true };
            w.Changed += (_, e) => Changed(e.FullPath); w.Created += (_, e) => Changed(e.FullPath); w.Deleted += (_, e) => Changed(e.FullPath);
            w.Renamed += (_, e) => { changes.Add(e.OldFullPath); Changed(e.FullPath); };
            // Notifications lost (too many at once): the next build looks at every file.
            w.Error += (_, _) => { changes.AddEverything(); Interlocked.Increment(ref notified); Schedule(); };
            w.EnableRaisingEvents = true;
            folderWatchers[dir] = w;
        }
    }

    /// <summary>Whether the background build's files were moved in (and so are made again if the folder is removed).</summary>
    volatile bool extrasMade;

    /// <summary>
    /// The first build leaves gigabytes of garbage at 10,000 documents (it lays out every page): collected at once, in
    /// one pause, rather than by a background collection beside the first saves (which it slowed by a third). Only the
    /// serve command's path does it: a process that hosts other work (the tests) is not paused for it.
    /// </summary>
    static void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>What the preview answers before its first build is written (see <see cref="StartAsync"/>).</summary>
    sealed class EarlyAnswers(SiteConfig config, SiteModel site)
    {
        readonly Dictionary<string, Render.LayOutPages.Job> pages = Render.LayOutPages.Jobs(site).ToDictionary(j => j.Path, StringComparer.Ordinal);
        readonly Lazy<Dictionary<string, OutputFile>> assets = new(() => CopyAssets.Theme(config).Concat(CopyAssets.WorkbenchStrings(site)).ToDictionary(f => f.Path, StringComparer.Ordinal));
        readonly SemaphoreSlim one = new(1, 1);
        readonly Render.PageRenderer renderer = new();

        /// <summary>The file at <paramref name="rel"/>, made now; or null once the build has written the site (then the folder answers).</summary>
        public async Task<OutputFile?> AnswerAsync(string rel, Task built)
        {
            var path = rel.Length == 0 || rel.EndsWith('/') ? rel + "index.html" : rel;
            if (pages.ContainsKey(path))
            {
                // A renderer lays out one page at a time.
                await one.WaitAsync();
                try { return await Render.LayOutPages.PageAsync(pages, renderer, path) is { } html ? OutputFile.Text(path, html) : null; }
                finally { one.Release(); }
            }
            if (assets.Value.TryGetValue(path, out var asset)) return asset;
            await built;
            return null;
        }
    }

    void Changed(string path)
    {
        changes.Add(path);
        Interlocked.Increment(ref notified);
        Schedule();
    }

    /// <summary>
    /// Saving a file raises several events within a millisecond or two: wait a moment for the last, then build once
    /// (an event that comes later is built by the next rebuild).
    /// </summary>
    void Schedule()
    {
        pending?.Cancel();
        var cts = pending = new CancellationTokenSource();
        Task.Delay(10, cts.Token).ContinueWith(t => { if (!t.IsCanceled) _ = RebuildAsync(); }, TaskScheduler.Default);
    }

    long lastRebuild = Environment.TickCount64;

    /// <summary>
    /// The search index and the downloads take both cores for a minute at 10,000 documents: they wait until the
    /// editor pauses (no save for three seconds; a minute at most), so that the saves that follow the start are not
    /// built beside them.
    /// </summary>
    async Task UntilIdleAsync()
    {
        var started = Environment.TickCount64;
        while (!stopping.IsCancellationRequested && Environment.TickCount64 - Interlocked.Read(ref lastRebuild) < 3000 && Environment.TickCount64 - started < 60_000)
            await Task.Delay(250);
    }

    public async Task RebuildAsync()
    {
        await building.WaitAsync();
        var seen = Interlocked.Read(ref notified);
        try
        {
            // The first build writes every page; after that, only what a change touched is laid out and written.
            var result = await SiteBuilder.PreviewAsync(config, memory, changes);
            Interlocked.Exchange(ref lastRebuild, Environment.TickCount64);
            live.Rebuilt();
            Rebuilt?.Invoke(result, null);
            // The output folder was removed after the background build had made its files: they are made again.
            if (memory.Extras.Count == 0 && Extras.IsCompleted && extrasMade && !stopped)
            {
                extrasMade = false;
                Extras = Task.Run(async () => { await UntilIdleAsync(); return stopped ? null : await MakeExtrasAsync(); });
            }
        }
        catch (Exception e)
        {
            if (OnFailed is { } failed) await failed();
            // An editor that saves in place empties the file, then writes it: a rebuild that began between the two
            // read a file half-saved. The rest of the save was notified since, and its rebuild (already scheduled)
            // reports what the file holds now; this one's errors would be about a file that no longer is.
            if (e is SiteError or IOException && Interlocked.Read(ref notified) != seen) return;
            // Rebuilds run unobserved on the watcher's behalf: whatever goes wrong must be reported, not lost.
            Rebuilt?.Invoke(null, e);
        }
        finally { building.Release(); }
    }

    /// <summary>
    /// The search index and the downloads take most of a whole build (at 10,000 documents, minutes): they are made by
    /// a whole build of their own in another process at the lowest priority (<see cref="BuildCommands.Extras"/>), which
    /// the preview's rebuilds preempt, then moved into the served folder; the about pages link them from the next
    /// rebuild on.
    /// </summary>
    async Task<Exception?> MakeExtrasAsync()
    {
        // The background build writes into "site" inside a folder of its own, so that its staging folder (a sibling of
        // the output, "site.building-…") goes with the folder when the build is stopped half-way.
        var own = ExtrasFolder = Path.Combine(Path.GetTempPath(), $"{ScratchPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var scratch = Path.Combine(own, "site");
        try
        {
            Directory.CreateDirectory(own);
            var (program, args) = ChildProcess.Self();
            var run = await ChildProcess.RunAsync(program, [.. args, BuildCommands.ExtrasCommand, "--root", Path.GetFullPath(config.Root), "--output", scratch], stopping.Token, lowPriority: true);
            if (stopped) return null;
            if (run is not (0, var output, _)) throw new ExtrasFailed(run?.Errors is { Length: > 0 } e ? e : $"{program} could not be run");
            var downloads = BuildCommands.ReadExtras(output);
            await building.WaitAsync();
            try
            {
                var target = Path.GetFullPath(config.OutputDir);
                foreach (var folder in new[] { Urls.DownloadsFolder.TrimEnd('/'), Search.SearchIndex.Bundle })
                {
                    var from = Path.Combine(scratch, folder);
                    if (!Directory.Exists(from)) continue;
                    var to = Path.Combine(target, folder);
                    var old = to + ".old-" + Guid.NewGuid().ToString("N");
                    if (Directory.Exists(to)) Directory.Move(to, old);
                    Directory.Move(from, to);
                    if (Directory.Exists(old)) Directory.Delete(old, true);
                }
                memory.Extras.Clear();
                foreach (var folder in new[] { Urls.DownloadsFolder.TrimEnd('/'), Search.SearchIndex.Bundle })
                    if (Directory.Exists(Path.Combine(target, folder)))
                        memory.Extras.UnionWith(Directory.EnumerateFiles(Path.Combine(target, folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f).Replace('\\', '/')));
                memory.Downloads = downloads;
            }
            finally { building.Release(); }
            extrasMade = true;
            await RebuildAsync();
            ExtrasMade?.Invoke(null);
            return null;
        }
        catch (Exception e)
        {
            ExtrasMade?.Invoke(e);
            return e;
        }
        finally
        {
            OutputFolder.TryDelete(own);
        }
    }

    const string ScratchPrefix = "site-preview-";

    /// <summary>The folder the background build writes in (in the temporary folder; removed when it ends or is stopped), once it has begun.</summary>
    public string? ExtrasFolder { get; private set; }

    /// <summary>
    /// A preview killed outright (SIGKILL, a power cut) leaves its background build's folder in the temporary folder,
    /// hundreds of megabytes at 10,000 documents: the next preview removes those whose process has ended.
    /// </summary>
    internal static void RemoveLeftScratch()
    {
        foreach (var d in Directory.EnumerateDirectories(Path.GetTempPath(), ScratchPrefix + "*"))
        {
            var rest = Path.GetFileName(d)[ScratchPrefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest[..dash], out var pid) && pid != Environment.ProcessId && !ChildProcess.IsRunning(pid)) OutputFolder.TryDelete(d);
        }
    }

    /// <summary>The background build failed: what it wrote to standard error (its diagnostics, one per line).</summary>
    public sealed class ExtrasFailed(string errors) : Exception(errors);

    readonly CancellationTokenSource stopping = new();
    volatile bool stopped;

    /// <summary>The search index and the downloads are in place (null), or could not be made.</summary>
    public event Action<Exception?>? ExtrasMade;

    /// <summary>
    /// Serves a folder on 127.0.0.1 (no rebuilds): the preview's server, also used by the tests. With
    /// <paramref name="live"/>, every page is served with the script that reloads it after a rebuild.
    /// </summary>
    /// <param name="early">Asked first for each path (site-relative): a file it answers is served as it is (a page with the reload script).</param>
    public static async Task<WebApplication> ServeAsync(string folder, int port, LiveReload? live = null, Func<string, Task<OutputFile?>>? early = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var types = NewTypes();
        app.Run(ctx => live is not null && ctx.Request.Path == LiveReload.EventsPath && IsOwnHost(ctx.Request.Host, port)
            ? live.StreamAsync(ctx) : ServeFile(ctx, folder, port, types, live, early));
        await app.StartAsync();
        return app;
    }

    static async Task ServeFile(HttpContext ctx, string folder, int port, FileExtensionContentTypeProvider types, LiveReload? live, Func<string, Task<OutputFile?>>? early)
    {
        // A guard against DNS rebinding: a page on another site whose name now points at 127.0.0.1 would send its own
        // name. Only our own names are answered.
        if (!IsOwnHost(ctx.Request.Host, port))
        {
            ctx.Response.StatusCode = 421;
            await ctx.Response.WriteAsync("This preview answers only http://127.0.0.1 and http://localhost.\n");
            return;
        }
        // The framework has decoded the path once already; "%2F" stays a literal and cannot climb out of the folder.
        var rel = (ctx.Request.Path.Value ?? "/").TrimStart('/');
        if (early is not null && await early(rel) is { } made)
        {
            SetHeaders(ctx, types, made.Path);
            if (live is not null && made.Path.EndsWith(".html", StringComparison.Ordinal)) await live.SendAsync(ctx.Response, made.Content);
            else await ctx.Response.Body.WriteAsync(made.Content);
            return;
        }
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, rel));
        if (Posix.KindOf(path) == Posix.EntryKind.Folder)
        {
            // A folder asked for without its slash: the page's relative links are resolved from the folder, so the
            // address must end with one (as a web server answers).
            if (rel.Length > 0 && !rel.EndsWith('/'))
            {
                ctx.Response.StatusCode = 301;
                ctx.Response.Headers.Location = ctx.Request.PathBase + ctx.Request.Path + "/" + ctx.Request.QueryString;
                return;
            }
            path = Path.Combine(path, "index.html");
        }
        if (!IsServable(root, path))
        {
            ctx.Response.StatusCode = 404;
            path = Path.Combine(root, "404.html");
            if (!IsServable(root, path)) return;
        }
        SetHeaders(ctx, types, path);
        if (live is not null && path.EndsWith(".html", StringComparison.Ordinal))
        {
            // The page as built, with the reload script added as it is sent (never written into output/).
            await live.SendAsync(ctx.Response, await File.ReadAllBytesAsync(path));
            return;
        }
        await ctx.Response.SendFileAsync(path);
    }

    /// <summary>The type of a file by its name (text in UTF-8), never cached: the next rebuild may change it.</summary>
    static void SetHeaders(HttpContext ctx, FileExtensionContentTypeProvider types, string path)
    {
        ctx.Response.ContentType = types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (ctx.Response.ContentType.StartsWith("text/", StringComparison.Ordinal)) ctx.Response.ContentType += "; charset=utf-8";
        ctx.Response.Headers.CacheControl = "no-cache";
    }

    static bool IsOwnHost(HostString host, int port) =>
        host.Host is "127.0.0.1" || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? host.Port is null || host.Port == port
            : false;

    /// <summary>A regular file under the folder, reached through folders only: a symbolic link inside output/ could
    /// lead anywhere on the disk.</summary>
    static bool IsServable(string root, string path)
    {
        root = Path.TrimEndingDirectorySeparator(root);
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return false;
        var parts = path[(root.Length + 1)..].Split(Path.DirectorySeparatorChar);
        var at = root;
        for (int i = 0; i < parts.Length; i++)
        {
            at = Path.Combine(at, parts[i]);
            if (Posix.KindOf(at) != (i == parts.Length - 1 ? Posix.EntryKind.File : Posix.EntryKind.Folder)) return false;
        }
        return true;
    }

    static FileExtensionContentTypeProvider NewTypes()
    {
        var t = new FileExtensionContentTypeProvider();
        foreach (var ext in new[] { ".pf_meta", ".pf_index", ".pf_fragment", ".pagefind" }) t.Mappings[ext] = "application/octet-stream";
        t.Mappings[".woff2"] = "font/woff2";
        t.Mappings[".epub"] = "application/epub+zip";
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        // Stopping does not wait for the search index and the downloads (at 10,000 documents they take minutes): the
        // process making them is stopped, and its scratch folder removed.
        stopped = true;
        foreach (var w in watchers) w.Dispose();
        lock (folderWatchers) { foreach (var w in folderWatchers.Values) w.Dispose(); folderWatchers.Clear(); }
        stopping.Cancel();
        // The background build is killed at once; the time allowed is for removing what it wrote.
        await Task.WhenAny(Extras, Task.Delay(TimeSpan.FromSeconds(10)));
        live.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}
