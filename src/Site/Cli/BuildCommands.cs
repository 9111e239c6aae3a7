using System.CommandLine;
using System.Diagnostics;
using Site.Corpus;
using Site.Pipeline;
using Site.Project;

namespace Site.Cli;

/// <summary>build and serve.</summary>
public static class BuildCommands
{
    public static Command Build()
    {
        var output = new Option<string?>("--output") { Description = "Write the site here instead of the folder statiq.config names" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var pagesOnly = new Option<bool>("--pages-only") { Description = "Skip the search index and the downloads (offline copy, EPUB)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at (overrides base_url in statiq.config), e.g. https://example.org/congress12/" };
        var cmd = new Command("build", "Build the site from input/ into output/");
        cmd.Options.Add(output);
        cmd.Options.Add(timings);
        cmd.Options.Add(pagesOnly);
        cmd.Options.Add(baseUrl);
        cmd.SetAction(pr => Commands.Run(() =>
        {
            WarmUp.Start();
            var config = SiteConfig.Load(pr.GetValue(Commands.Root)!);
            if (pr.GetValue(baseUrl) is { Length: > 0 } published) config = config.PublishedAt(published);
            var result = SiteBuilder.BuildAsync(config, pr.GetValue(output), new BuildOptions(pr.GetValue(pagesOnly), SearchFirst: true).WithKeyFromEnvironment()).GetAwaiter().GetResult();
            foreach (var w in result.Warnings) Console.Out.WriteLine(w);
            if (pr.GetValue(timings)) foreach (var (stage, time) in result.Steps) Console.WriteLine($"  {stage,-18} {time.TotalMilliseconds,8:0} ms");
            if (pr.GetValue(timings)) Console.WriteLine($"  {"memory",-18} {GC.GetTotalAllocatedBytes() >> 20} MB allocated, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
            if (pr.GetValue(timings)) Console.WriteLine($"  {"compiled at run",-18} {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; process ran {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms");
            Console.WriteLine($"built {result.Pages} pages ({result.Files} files, {result.Bytes / 1024} KB) into {pr.GetValue(output) ?? config.Output}/ in {result.Elapsed.TotalSeconds:0.00} s");
            return 0;
        }));
        return cmd;
    }

    /// <summary>
    /// serve's background build (not listed in help): the whole site into a scratch folder, for its search index and
    /// downloads; it prints each download as a line for serve to read. serve runs it as a process of its own at the
    /// lowest priority, so that at 10,000 documents its minutes of work never slow a rebuild after a save.
    /// </summary>
    public static Command Extras()
    {
        var output = new Option<string>("--output") { Required = true };
        var cmd = new Command(ExtrasCommand, "serve's background build of the search index and the downloads") { Hidden = true };
        cmd.Options.Add(output);
        cmd.SetAction(pr => Commands.Run(() =>
        {
            WarmUp.Start();
            var config = SiteConfig.Load(pr.GetValue(Commands.Root)!) with { BaseUrl = null };
            foreach (var d in SiteBuilder.ExtrasAsync(config, pr.GetValue(output)!).GetAwaiter().GetResult())
                Console.WriteLine(string.Join('\t', ExtrasLine, d.Path, d.Bytes, d.Lang, d.Kind, d.Sha256));
            return 0;
        }));
        return cmd;
    }

    public const string ExtrasCommand = "serve-extras";
    const string ExtrasLine = "download";

    /// <summary>The downloads <see cref="Extras"/> printed.</summary>
    public static List<Model.Download> ReadExtras(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r').Split('\t')).Where(f => f.Length == 6 && f[0] == ExtrasLine)
            .Select(f => new Model.Download(f[1], long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3], Enum.Parse<Model.DownloadKind>(f[4]), f[5])).ToList();

    public static Command Serve()
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of each rebuild took" };
        var cmd = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild on every change");
        cmd.Options.Add(port);
        cmd.Options.Add(timings);
        cmd.SetAction(pr => Commands.Run(() =>
        {
            WarmUp.Start();
            // The preview is served from 127.0.0.1, not from the published address: links must not lead there.
            var config = SiteConfig.Load(pr.GetValue(Commands.Root)!) with { BaseUrl = null };
            var number = pr.GetValue(port);
            if (number is < 1 or > 65535)
                throw new SiteError("--port", 0, $"{number} is not a port", "Give a number from 1 to 65535, e.g. --port 8081 (8080 when --port is left out).");
            var preview = new Preview(config, number);
            preview.Rebuilt += (result, error) =>
            {
                if (error is SiteError errors) foreach (var e in errors.Errors) Console.Error.WriteLine(e);
                else if (error is IOException io) Console.Error.WriteLine($"error: {io.Message}");
                else if (error is not null) Console.Error.WriteLine($"error: the rebuild failed ({error.GetType().Name}: {error.Message}); the site served is the last one built.\n    fix: Save the file again; if it persists, report this message.");
                else if (result!.Rewritten is { } rewritten)
                    Console.WriteLine($"{DateTime.Now:HH:mm:ss} rebuilt in {result.Elapsed.TotalMilliseconds:0} ms: {result.Pages} page(s) laid out again, {rewritten} file(s) written or removed");
                else Console.WriteLine($"{DateTime.Now:HH:mm:ss} built {result.Pages} pages in {result.Elapsed.TotalMilliseconds:0} ms");
                if (result is not null && pr.GetValue(timings)) foreach (var (stage, time) in result.Steps) Console.WriteLine($"  {stage,-18} {time.TotalMilliseconds,8:0} ms");
            };
            preview.ExtrasMade += error =>
            {
                if (error is SiteError errors) foreach (var e in errors.Errors) Console.Error.WriteLine(e);
                else if (error is Preview.ExtrasFailed failed) Console.Error.WriteLine($"{failed.Message}\nThe pages are served without the search index and the downloads; restart serve once the above is fixed.");
                else if (error is not null) Console.Error.WriteLine($"error: the search index and the downloads could not be made ({error.Message}); the pages are served without them.\n    fix: Run 'build' to see the whole error.");
                else Console.WriteLine($"{DateTime.Now:HH:mm:ss} the search index and the downloads are in place");
            };
            try { preview.StartAsync(serveEarly: true).GetAwaiter().GetResult(); }
            catch (IOException e) when (e.InnerException?.GetType().Name == "AddressInUseException" || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new SiteError("--port", 0, $"port {number} on 127.0.0.1 is in use (another serve, or another program, listens there)",
                    $"Stop that program, or serve on another port, e.g. --port {(number < 65535 ? number + 1 : 8081)}.");
            }
            Console.WriteLine($"serving {config.Output}/ at {preview.Url} — edit input/ or theme/ and the site rebuilds; the search index and the downloads follow; Ctrl+C stops.");
            var done = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.Set(); };
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, s => { s.Cancel = true; done.Set(); });
            done.Wait();
            preview.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        }));
        return cmd;
    }
}
