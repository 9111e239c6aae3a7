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
    }
}
