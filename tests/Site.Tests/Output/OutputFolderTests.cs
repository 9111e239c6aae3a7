using System.Diagnostics;
using Site.Output;
using Site.Pipeline;
using Site.Project;
using Site.Corpus;
using Site.Tests.Cli;

namespace Site.Tests.Output;

/// <summary>Whatever happens to a build (another one at the same time, a kill), output/ holds a whole site.</summary>
public class OutputFolderTests
{
    static void AssertWholeSite(string output, bool full)
    {
        foreach (var must in new[] { "index.html", "messages/index.html", "messages/raha-sabet.html", "assets/site.css", "assets/fonts/vazirmatn-fa.woff2", "sitemap.xml" })
            Assert.True(File.Exists(Path.Combine(output, must)), $"{must} is missing from the published site");
        if (full)
            foreach (var must in new[] { "pagefind/pagefind-entry.json", "download/congress12-site.zip" })
                Assert.True(File.Exists(Path.Combine(output, must)), $"{must} is missing from the published site");
    }

    static string[] Beside(string output) =>
        Directory.GetDirectories(Path.GetDirectoryName(output)!).Where(d => Path.GetFileName(d).StartsWith(Path.GetFileName(output) + ".", StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// A folder that looks like a site (an index.html, assets/site.css) but has no marker is somebody else's: the
    /// build refuses it and leaves every file there. It used to replace it whole.
    /// </summary>
    [Fact]
    public void A_folder_that_only_looks_like_a_site_is_not_replaced()
    {
        var p = new TempProject("foreign-output");
        var foreign = Paths.TempDir("foreign");
        Directory.CreateDirectory(Path.Combine(foreign, "assets"));
        Directory.CreateDirectory(Path.Combine(foreign, "posts"));
        File.WriteAllText(Path.Combine(foreign, "index.html"), "<h1>my blog</h1>");
        File.WriteAllText(Path.Combine(foreign, "assets", "site.css"), "body{}");
        File.WriteAllText(Path.Combine(foreign, "posts", "essay.md"), "my only copy");
        var (code, _, err) = SiteProgram.Run(["build", "--pages-only", "--output", foreign], p.Root);
        Assert.Equal(1, code);
        Assert.Contains("did not build", err);
        Assert.Equal("my only copy", File.ReadAllText(Path.Combine(foreign, "posts", "essay.md")));
        Assert.Equal("<h1>my blog</h1>", File.ReadAllText(Path.Combine(foreign, "index.html")));
    }

    /// <summary>A folder where the lock file goes is named, with what to do (it was a "permission denied").</summary>
    [Fact]
    public void A_folder_in_place_of_the_lock_file_is_named()
    {
        var p = new TempProject("lock-folder");
        Directory.CreateDirectory(p.PathOf("output.lock"));
        var (code, _, err) = SiteProgram.Run(["build", "--pages-only"], p.Root);
        Assert.Equal(1, code);
        Assert.Contains("output.lock: error: is a folder", err);
        Assert.Contains("rm -r output.lock", err);
    }

    /// <summary>
    /// output/ as a link to the folder a web server serves: the build replaces the folder the link leads to, and the
    /// link stays (it used to replace the link with a folder and leave the served one with the old site).
    /// </summary>
    [Fact]
    public async Task An_output_folder_that_is_a_link_is_built_where_it_leads()
    {
        var p = new TempProject("linked-output");
        var config = SiteConfig.Load(p.Root);
        var www = Path.Combine(Paths.TempDir("www"), "site");
        await SiteBuilder.BuildAsync(config, www, new BuildOptions(PagesOnly: true));
        File.WriteAllText(Path.Combine(www, "index.html"), "old");
        var link = p.PathOf("output");
        if (Directory.Exists(link)) Directory.Delete(link, true);
        Directory.CreateSymbolicLink(link, www);
        var (code, _, err) = SiteProgram.Run(["build", "--pages-only"], p.Root);
        Assert.True(code == 0, err);
        Assert.Equal(www, new DirectoryInfo(link).LinkTarget);
        AssertWholeSite(www, full: false);
        Assert.NotEqual("old", File.ReadAllText(Path.Combine(www, "index.html")));
        Assert.Empty(Beside(www));
    }

    [Fact]
    public async Task Two_builds_at_once_into_one_folder_both_succeed_and_publish_a_whole_site()
    {
        var p = new TempProject("two-builds");
        var config = SiteConfig.Load(p.Root);
        var output = p.PathOf("output");
        var first = Task.Run(() => SiteBuilder.BuildAsync(config, output));
        // The second starts while the first is writing its staging folder.
        var sw = Stopwatch.StartNew();
        while (!Beside(output).Any(d => d.Contains(".building-") && Directory.Exists(Path.Combine(d, "messages"))) && !first.IsCompleted)
        {
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), "the first build never wrote its staging folder");
            await Task.Delay(5);
        }
        var second = Task.Run(() => SiteBuilder.BuildAsync(config, output, new BuildOptions(PagesOnly: true)));
        await Task.WhenAll(first, second);
        AssertWholeSite(output, full: false);
        Assert.Empty(Beside(output));
    }

    [Fact]
    public async Task After_a_kill_between_the_two_steps_of_the_swap_the_next_build_puts_the_previous_site_back_even_when_it_fails()
    {
        var p = new TempProject("swap-kill");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        // What a build killed between moving the old site aside and moving the new one in leaves.
        Directory.Move(output, output + ".previous-0123456789ab");
        Directory.CreateDirectory(output + ".building-ba9876543210/messages");
        var file = p.Message("012");
        p.Write(file, p.Read(file).Replace("order: 12", "order: [12"));

        await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true)));
        AssertWholeSite(output, full: false);
        Assert.Empty(Beside(output));
    }

    [Fact]
    public void A_killed_build_leaves_no_temporary_files_and_its_helper_processes_end_with_it()
    {
        var p = new TempProject("killed-build");
        var tmp = Paths.TempDir("tmpdir");
        var psi = SiteProgram.StartInfo(["build"], p.Root, new Dictionary<string, string> { ["TMPDIR"] = tmp, ["DOTNET_EnableDiagnostics"] = "0" });
        using var build = Process.Start(psi)!;
        build.StandardOutput.ReadToEndAsync();
        build.StandardError.ReadToEndAsync();
        List<int> helpers = [];
        var sw = Stopwatch.StartNew();
        // Wait for the search stage: node runs the indexer.
        while (!helpers.Any(h => SiteProgram.CommandLine(h).Contains("pagefind-index")))
        {
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(120) && !build.HasExited, "the build never reached its search index");
            Thread.Sleep(10);
            helpers = SiteProgram.Descendants(build.Id);
        }
        Thread.Sleep(100);
        helpers = SiteProgram.Descendants(build.Id);
        build.Kill();   // SIGKILL: nothing of the build's own code runs
        build.WaitForExit();

        sw.Restart();
        while (helpers.Any(SiteProgram.IsRunning) && sw.Elapsed < TimeSpan.FromSeconds(1)) Thread.Sleep(10);
        var left = helpers.Where(SiteProgram.IsRunning).Select(SiteProgram.CommandLine).ToList();
        Assert.True(left.Count == 0, "still running after the build was killed: " + string.Join("; ", left));
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp));

        // The next build clears what the killed one left beside output/.
        var (code, _, err) = SiteProgram.Run(["build", "--pages-only"], p.Root);
        Assert.True(code == 0, err);
        Assert.Empty(Beside(p.PathOf("output")));
    }
}

/// <summary>The hashes kept as files are written, which the ZIM's cache key takes instead of reading the site back.</summary>
public class OutputFolderHashTests
{
    [Fact]
    public void Each_file_written_has_the_hash_of_its_bytes_on_disk_and_a_streamed_one_has_none()
    {
        var dir = Paths.TempDir("output-hashes");
        using var output = new OutputFolder(Path.Combine(dir, "out")) { Hashes = new(StringComparer.Ordinal) };
        var page = "<!doctype html><p>پیام‌های کارگران — «متن» &amp; 𝄞</p>\n";
        var size = output.WriteText("messages/a/index.html", page);
        output.Write(OutputFile.Text("assets/site.css", "body { direction: rtl }"));
        output.Write(OutputFile.Text("download/big.zip", "old"));
        output.WriteStreamed("download/big.zip", s => s.Write("new"u8));

        var onDisk = File.ReadAllBytes(Path.Combine(output.Staging, "messages/a/index.html"));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(page), onDisk);
        Assert.Equal(onDisk.Length, size);
        foreach (var path in new[] { "messages/a/index.html", "assets/site.css" })
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(output.Staging, path))), output.Hashes[path]);
        // Its content changed after it was hashed: the key must read it.
        Assert.False(output.Hashes.ContainsKey("download/big.zip"));

        string[] files = ["assets/site.css", "download/big.zip", "messages/a/index.html"];
        var read = Site.Downloads.Zim.CacheKey(["-w", "index.html"], output.Staging, files);
        Assert.Equal(read, Site.Downloads.Zim.CacheKey(["-w", "index.html"], output.Staging, files, output.Hashes));
        // And the kept hashes are what it uses (a wrong one changes the key).
        var wrong = new Dictionary<string, byte[]>(output.Hashes) { ["assets/site.css"] = new byte[32] };
        Assert.NotEqual(read, Site.Downloads.Zim.CacheKey(["-w", "index.html"], output.Staging, files, wrong));
    }
}
