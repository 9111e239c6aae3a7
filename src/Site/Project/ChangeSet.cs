namespace Site.Project;

/// <summary>
/// The files the file system said changed (written, created, removed or renamed) since the preview's last build; or
/// "everything" when it could not say (the first build, a lost notification). The preview does not look again at a
/// file the set does not name: it reads neither its stamp nor whether it became a link.
/// </summary>
public sealed class ChangeSet
{
    readonly HashSet<string> paths = new(StringComparer.Ordinal);
    bool everything = true;

    public void Add(string fullPath) { lock (paths) paths.Add(Path.GetFullPath(fullPath)); }

    /// <summary>The watcher lost notifications: the next build looks at every file again.</summary>
    public void AddEverything() { lock (paths) everything = true; }

    /// <summary>What changed since the last call (or everything), and a fresh set for what follows.</summary>
    public (bool Everything, IReadOnlySet<string> Paths) Take()
    {
        lock (paths)
        {
            var taken = (everything, (IReadOnlySet<string>)new HashSet<string>(paths, StringComparer.Ordinal));
            paths.Clear();
            everything = false;
            return taken;
        }
    }

    /// <summary>A build that failed is followed by one that looks at everything again.</summary>
    public void Restore(IReadOnlySet<string> taken) { lock (paths) { everything = true; paths.UnionWith(taken); } }
}

/// <summary>Which files a build may take as unchanged since the last: null where it must look at every file.</summary>
public sealed record Unchanged(IReadOnlySet<string> Changed)
{
    public bool Holds(string path) => !Changed.Contains(Path.GetFullPath(path));

    /// <summary>Whether anything under <paramref name="folder"/> changed.</summary>
    public bool Under(string folder)
    {
        var prefix = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Changed.Any(p => p.StartsWith(prefix, StringComparison.Ordinal) || p == prefix.TrimEnd(Path.DirectorySeparatorChar));
    }
}
