using System.Text.Json.Nodes;

namespace Site.Project;

/// <summary>The files from the npm packages the site needs (the font, the search indexer), installed by `npm ci` from
/// package-lock.json when node_modules is missing or older than the lock file; never fetched from anywhere else.</summary>
public static class NodePackages
{
    /// <summary>
    /// A folder where the build keeps what it can make again (font subsets, the ZIM, the zip's and the books' deflated
    /// entries): inside node_modules, which is never committed and which `npm ci` empties.
    /// </summary>
    public static string Cache(string root, string name) => Path.Combine(root, "node_modules", ".cache", name);

    /// <summary>The path of a file from an npm package, running `npm ci` first when node_modules is missing or stale.</summary>
    public static string Ensure(string root, string packageFile)
    {
        var path = Path.Combine(root, packageFile);
        if (File.Exists(path) && Stale(root) is null) return path;
        // The search index (started as soon as the model is read) and the font can ask at the same time: one runs
        // npm ci, the other waits for it and finds the file.
        lock (Installing)
        {
            if (!File.Exists(path)) return Install(root, packageFile, path, "node_modules is missing");
            if (Stale(root) is not { } stale) return path;
            try { return Install(root, packageFile, path, $"node_modules is older than package-lock.json ({stale})"); }
            catch (SiteError e)
            {
                // What is installed still builds the site (npm unreachable, say): better than no site at all.
                Console.Error.WriteLine(new Diagnostic("package-lock.json", 0,
                    $"node_modules is older than the lock file ({stale}), and {e.Problem}: building with the packages installed",
                    "Run 'npm ci' in the project folder once npm can reach its registry.", Severity.Warning));
                lock (GaveUp) GaveUp.Add(Path.GetFullPath(root));
                return path;
            }
        }
    }

    static readonly object Installing = new();
    // Roots whose stale packages could not be updated: warned about once, then built with what is installed.
    static readonly HashSet<string> GaveUp = [];

    /// <summary>
    /// The first package whose installed version is not the lock file's ("pagefind 1.5.2, the lock file says 1.6.0"),
    /// or null. npm records what it installed in node_modules/.package-lock.json; without that record, or without a
    /// lock file, nothing can be told and nothing is reported. (After a pull that changes package-lock.json, a build
    /// would otherwise go on with the old packages without a word.)
    /// </summary>
    public static string? Stale(string root)
    {
        lock (GaveUp) if (GaveUp.Contains(Path.GetFullPath(root))) return null;
        var installed = Packages(Path.Combine(root, "node_modules", ".package-lock.json"));
        var wanted = Packages(Path.Combine(root, "package-lock.json"));
        if (installed is null || wanted is null) return null;
        foreach (var (key, node) in wanted)
        {
            if (key.Length == 0 || node is not JsonObject p || p["version"]?.GetValue<string>() is not { } version) continue;
            // Packages for other systems (Pagefind's binaries) are in the lock file but never installed here, and the
            // tests' validators (dev) may have been left out on purpose: only a version installed can be wrong.
            var optional = p["optional"]?.GetValue<bool>() == true || p["dev"]?.GetValue<bool>() == true;
            var name = key[(key.LastIndexOf("node_modules/", StringComparison.Ordinal) + "node_modules/".Length)..];
            if (installed[key] is not JsonObject i)
            {
                if (!optional) return $"{name} is not installed";
                continue;
            }
            if (i["version"]?.GetValue<string>() is { } has && has != version) return $"{name} {has}, the lock file says {version}";
        }
        return null;
    }

    static JsonObject? Packages(string lockFile)
    {
        try { return JsonNode.Parse(File.ReadAllText(lockFile))?["packages"] as JsonObject; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException) { return null; }
    }

    static string Install(string root, string packageFile, string path, string why)
    {
        if (!File.Exists(Path.Combine(root, "package-lock.json")))
            throw new SiteError("package-lock.json", 0, "the npm lock file is missing", "Restore package-lock.json from the repository.");
        Console.Error.WriteLine($"{why}: running npm ci (once) for the font and the search index…");
        var run = ChildProcess.Run("npm", ["ci", "--no-audit", "--no-fund"], root)
            ?? throw new SiteError(packageFile, 0, "npm is not installed, and the site needs the font package", "Install Node.js and npm, then run 'npm ci' in the project folder.");
        if (run.ExitCode != 0 || !File.Exists(path))
            throw new SiteError(packageFile, 0, "npm ci failed: " + NpmCause(run.Errors), "Run 'npm ci' in the project folder and fix what it reports (a registry that cannot be reached: check the connection or the proxy, npm's 'registry' setting).");
        return path;
    }

    /// <summary>
    /// What npm said went wrong: its error lines (the code, the request that failed), not the last, which only names
    /// its log file.
    /// </summary>
    public static string NpmCause(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var said = lines.Where(l => (l.StartsWith("npm error", StringComparison.Ordinal) || l.StartsWith("npm ERR!", StringComparison.Ordinal))
                && !l.Contains("A complete log of this run", StringComparison.Ordinal) && !l.Contains("_logs/", StringComparison.Ordinal))
            .Select(l => l.StartsWith("npm ERR!", StringComparison.Ordinal) ? l[8..].Trim() : l[9..].Trim()).Where(l => l.Length > 0).Take(6).ToList();
        return said.Count > 0 ? string.Join("\n    ", said) : lines.LastOrDefault() ?? "(npm said nothing)";
    }
}
