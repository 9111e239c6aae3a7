using Site.Tests.Cli;

namespace Site.Tests.Project;

public class NodePackagesTests
{
    /// <summary>
    /// A fresh clone has no node_modules: the first whole build installs them, once, although the search index (which
    /// starts as soon as the model is read) and the font both ask for them, on different threads.
    /// </summary>
    [Fact]
    public void A_build_without_node_modules_runs_npm_ci_once_and_builds()
    {
        var root = Paths.TempDir("fresh-npm");
        File.Copy(Path.Combine(Paths.Root, "statiq.config"), Path.Combine(root, "statiq.config"));
        foreach (var f in new[] { "package.json", "package-lock.json" }) File.Copy(Path.Combine(Paths.Root, f), Path.Combine(root, f));
        Directory.CreateSymbolicLink(Path.Combine(root, "theme"), Path.Combine(Paths.Root, "theme"));
        Directory.CreateDirectory(Path.Combine(root, "input"));
        foreach (var f in new[] { "collection.yml", "topics.yml" }) File.Copy(Path.Combine(Paths.Root, "input", f), Path.Combine(root, "input", f));
        foreach (var folder in new[] { "resolutions", "translations" }) Directory.CreateDirectory(Path.Combine(root, "input", folder));
        var messages = Path.Combine(root, "input", "messages");
        Directory.CreateDirectory(messages);
        foreach (var f in Directory.GetFiles(Path.Combine(Paths.Root, "input", "messages")).Order().Take(3)) File.Copy(f, Path.Combine(messages, Path.GetFileName(f)));

        var (code, _, err) = SiteProgram.Run(["build"], root);

        Assert.True(code == 0, err);
        Assert.Single(err.Split('\n'), l => l.StartsWith("node_modules is missing", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(root, "output", "pagefind", "pagefind-entry.json")));

        // After a pull that changes the lock file, the next build brings node_modules up to it.
        var record = Path.Combine(root, "node_modules", ".package-lock.json");
        var version = LockedVersion(Path.Combine(root, "package-lock.json"), "node_modules/pagefind");
        var installed = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(record))!;
        installed["packages"]!["node_modules/pagefind"]!["version"] = "0.9.0";
        File.WriteAllText(record, installed.ToJsonString());
        Assert.Equal($"pagefind 0.9.0, the lock file says {version}", Site.Project.NodePackages.Stale(root));

        (code, _, err) = SiteProgram.Run(["build"], root);

        Assert.True(code == 0, err);
        Assert.Single(err.Split('\n'), l => l.StartsWith($"node_modules is older than package-lock.json (pagefind 0.9.0, the lock file says {version})", StringComparison.Ordinal));
        Assert.Null(Site.Project.NodePackages.Stale(root));
    }

    static string LockedVersion(string lockFile, string key) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(lockFile))!["packages"]![key]!["version"]!.GetValue<string>();

    /// <summary>A project whose lock file and npm's record of what it installed are given.</summary>
    static string Project(string lockPackages, string? installedPackages)
    {
        var root = Paths.TempDir("stale-npm");
        File.WriteAllText(Path.Combine(root, "package-lock.json"), $"{{\"lockfileVersion\": 3, \"packages\": {{{lockPackages}}}}}");
        if (installedPackages is not null)
        {
            Directory.CreateDirectory(Path.Combine(root, "node_modules"));
            File.WriteAllText(Path.Combine(root, "node_modules", ".package-lock.json"), $"{{\"lockfileVersion\": 3, \"packages\": {{{installedPackages}}}}}");
        }
        return root;
    }

    [Fact]
    public void Node_modules_are_stale_when_an_installed_version_or_a_needed_package_is_not_the_lock_files()
    {
        const string lockFile = """
            "": {"name": "site", "dependencies": {"pagefind": "1.6.0"}},
            "node_modules/pagefind": {"version": "1.6.0"},
            "node_modules/@pagefind/darwin-x64": {"version": "1.6.0", "optional": true},
            "node_modules/vnu-jar": {"version": "26.9.27", "dev": true},
            "node_modules/a/node_modules/b": {"version": "2.0.0"}
            """;
        const string b = """, "node_modules/a/node_modules/b": {"version": "2.0.0"}""";
        Assert.Null(Site.Project.NodePackages.Stale(Project(lockFile, """ "node_modules/pagefind": {"version": "1.6.0"}""" + b)));
        Assert.Equal("pagefind 1.5.2, the lock file says 1.6.0", Site.Project.NodePackages.Stale(Project(lockFile, """ "node_modules/pagefind": {"version": "1.5.2"}""" + b)));
        Assert.Equal("b is not installed", Site.Project.NodePackages.Stale(Project(lockFile, """ "node_modules/pagefind": {"version": "1.6.0"}""")));
        Assert.Equal("vnu-jar 1.0.0, the lock file says 26.9.27",
            Site.Project.NodePackages.Stale(Project(lockFile, """ "node_modules/pagefind": {"version": "1.6.0"}, "node_modules/vnu-jar": {"version": "1.0.0"}""" + b)));
        // Without npm's record nothing can be told; a broken one is no record.
        Assert.Null(Site.Project.NodePackages.Stale(Project(lockFile, null)));
        var broken = Project(lockFile, "");
        File.WriteAllText(Path.Combine(broken, "node_modules", ".package-lock.json"), "{ not json");
        Assert.Null(Site.Project.NodePackages.Stale(broken));
    }

    /// <summary>npm's failure is told by its error lines (the code and the request that failed), not by the last, which names its log.</summary>
    [Fact]
    public void A_failed_npm_ci_is_told_by_npms_error_lines_not_its_log_file()
    {
        const string offline = """
            npm error code ENOTCACHED
            npm error request to https://registry.npmjs.org/yocto-queue failed: cache mode is 'only-if-cached' but no cached response is available.
            npm error A complete log of this run can be found in: /home/x/.npm/_logs/2026-12-07T18_00_00_000Z-debug-0.log
            """;
        var cause = Site.Project.NodePackages.NpmCause(offline);
        Assert.Contains("ENOTCACHED", cause);
        Assert.Contains("registry.npmjs.org/yocto-queue failed", cause);
        Assert.DoesNotContain("_logs", cause);
        // Older npm writes "npm ERR!"; a message with no such line gives its last line.
        Assert.Equal("code E404", Site.Project.NodePackages.NpmCause("npm ERR! code E404\nnpm ERR! A complete log of this run can be found in: /x/_logs/y.log\n"));
        Assert.Equal("something else", Site.Project.NodePackages.NpmCause("first\nsomething else\n"));
    }
}
