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
    // A save names a file or two; each of 10,000 files is asked about. A path that ends with none of the changed
    // files' names needs no making full.
    readonly string[] names = Changed.Count <= 16 ? [.. Changed.Select(p => Path.DirectorySeparatorChar + Path.GetFileName(p))] : [];

    public bool Holds(string path)
    {
        if (Changed.Count <= 16 && !names.Any(n => path.EndsWith(n, StringComparison.Ordinal))) return true;
        return !Changed.Contains(Path.GetFullPath(path));
    }

    /// <summary>
    /// Whether the files of <paramref name="folder"/> (and its subfolders, when <paramref name="recursive"/>) are
    /// still <paramref name="listed"/> (full paths, as the last build found them): nothing was created or removed
    /// there since, so the folder need not be listed again. Unsure cases say no.
    /// </summary>
    public bool Keeps(string folder, IReadOnlySet<string> listed, bool recursive = false)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var prefix = root + Path.DirectorySeparatorChar;
        foreach (var p in Changed)
        {
            if (p == root) return false;
            if (!p.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var inside = recursive || p.IndexOf(Path.DirectorySeparatorChar, prefix.Length) < 0;
            if (listed.Contains(p)) { if (!File.Exists(p)) return false; continue; }
            if (File.Exists(p)) { if (inside) return false; continue; }
            if (Directory.Exists(p)) { if (recursive) return false; continue; }
            // Gone, and not listed: a folder removed with listed files in it, or a file that came and went.
            var under = p + Path.DirectorySeparatorChar;
            if (listed.Any(f => f.StartsWith(under, StringComparison.Ordinal))) return false;
        }
        return true;
    }
}

/// <summary>
/// The sorted files of folders, as the readers last listed them: listed again only when the file system did not
/// say that no file came or went there (see <see cref="Unchanged.Keeps"/>). At 10,000 documents a save of the
/// preview would otherwise list and sort 10,000 names to find the same.
/// </summary>
public sealed class FolderListings
{
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string Folder, string Pattern, bool Recursive), (List<string> Files, HashSet<string> Full)> kept = new();

    public List<string> Files(string folder, string pattern, bool recursive, Unchanged? unchanged)
    {
        var key = (folder, pattern, recursive);
        if (unchanged is not null && kept.TryGetValue(key, out var k) && unchanged.Keeps(folder, k.Full, recursive)) return k.Files;
        var files = List(folder, pattern, recursive);
        kept[key] = (files, files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal));
        return files;
    }

    /// <summary>The files as they are now, in ordinal order.</summary>
    public static List<string> List(string folder, string pattern, bool recursive) =>
        Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
}
