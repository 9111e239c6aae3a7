namespace Site.Project;

/// <summary>Files from the npm packages the site needs (the font, the search indexer), installed by `npm ci` from
/// package-lock.json when node_modules is missing; never fetched from anywhere else.</summary>
public static class NodePackages
{
    /// <summary>The path of a file from an npm package, running `npm ci` first when node_modules is missing.</summary>
    public static string Ensure(string root, string packageFile)
    {
        var path = Path.Combine(root, packageFile);
        if (File.Exists(path)) return path;
        // The search index (started as soon as the model is read) and the font can ask at the same time: one runs
        // npm ci, the other waits for it and finds the file.
        lock (Installing)
        {
            if (File.Exists(path)) return path;
            return Install(root, packageFile, path);
        }
    }

    static readonly object Installing = new();

    static string Install(string root, string packageFile, string path)
    {
        if (!File.Exists(Path.Combine(root, "package-lock.json")))
            throw new SiteError("package-lock.json", 0, "the npm lock file is missing", "Restore package-lock.json from the repository.");
        Console.Error.WriteLine("node_modules is missing: running npm ci (once) for the font and the search index…");
        var run = ChildProcess.Run("npm", ["ci", "--no-audit", "--no-fund"], root)
            ?? throw new SiteError(packageFile, 0, "npm is not installed, and the site needs the font package", "Install Node.js and npm, then run 'npm ci' in the project folder.");
        if (run.ExitCode != 0 || !File.Exists(path))
            throw new SiteError(packageFile, 0, "npm ci failed: " + run.Errors.Split('\n').LastOrDefault(), "Run 'npm ci' in the project folder and fix what it reports.");
        return path;
    }
}
