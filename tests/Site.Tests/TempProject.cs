namespace Site.Tests;

/// <summary>A copy of the project's statiq.config and input/ in a temp folder, for tests that change or break them.</summary>
public sealed class TempProject
{
    public string Root { get; }

    public TempProject(string name)
    {
        Root = Paths.TempDir(name);
        File.Copy(Path.Combine(Paths.Root, "statiq.config"), Path.Combine(Root, "statiq.config"));
        CopyDir(Path.Combine(Paths.Root, "input"), Path.Combine(Root, "input"));
        // The theme and the npm packages are read, never changed, by the tests: link them.
        NodePackages.Ensure();
        foreach (var shared in new[] { "theme", "node_modules" })
            Directory.CreateSymbolicLink(Path.Combine(Root, shared), Path.Combine(Paths.Root, shared));
        foreach (var shared in new[] { "package.json", "package-lock.json" })
            File.CreateSymbolicLink(Path.Combine(Root, shared), Path.Combine(Paths.Root, shared));
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);
    public string Read(string relative) => File.ReadAllText(PathOf(relative));
    public void Write(string relative, string text)
    {
        // The theme is the project's own, linked: a test that changes it must have a copy first.
        if (new FileInfo(Path.Combine(Root, relative.Split('/')[0])).LinkTarget is not null)
            throw new InvalidOperationException($"{relative} is in a folder linked to the project's own: call OwnTheme() first");
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Replaces the link to the project's theme with a copy of it, which the test may change.</summary>
    public void OwnTheme()
    {
        var theme = PathOf("theme");
        Directory.Delete(theme);
        CopyDir(Path.Combine(Paths.Root, "theme"), theme);
    }

    /// <summary>The one file in input/messages whose name starts with the given order, e.g. "012".</summary>
    public string Message(string order) => "input/messages/" + Path.GetFileName(Directory.GetFiles(PathOf("input/messages"), order + "-*.md").Single());

    static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.EnumerateDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }
}

/// <summary>node_modules, installed once for the whole test run (tests run in parallel; npm must not).</summary>
public static class NodePackages
{
    // Site.Project.NodePackages runs one npm ci at a time, however many tests ask at once.
    public static void Ensure()
    {
        Site.Project.NodePackages.Ensure(Paths.Root, Site.Output.CopyAssets.FontPackageFile);
        Site.Project.NodePackages.Ensure(Paths.Root, "node_modules/subset-font/index.js");
    }
}
