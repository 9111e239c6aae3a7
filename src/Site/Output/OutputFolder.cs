using Site.Corpus;
using Site.Project;
using Site.Render;

namespace Site.Output;

/// <summary>
/// Stage: the site is written into a fresh folder beside the output folder and swapped in only when the build has
/// succeeded, so a failed build leaves the previous site whole. Only a folder that a build made (it holds the
/// marker file) or an empty one is ever replaced: pointed at anything else, the build refuses.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Written into every site this program builds, so that it knows which folders it may replace.</summary>
    public const string Marker = ".site-build";

    public string Final { get; }
    public string Staging { get; }
    bool committed;

    public OutputFolder(string output, string? projectRoot = null)
    {
        Final = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        Refuse(Final, projectRoot);
        var parent = Path.GetDirectoryName(Final)!;
        // Leftovers of builds that were killed: nobody else writes these names.
        foreach (var stale in Directory.Exists(parent) ? Directory.GetDirectories(parent, Path.GetFileName(Final) + ".building-*").Concat(Directory.GetDirectories(parent, Path.GetFileName(Final) + ".previous-*")) : [])
            TryDelete(stale);
        Staging = Final + ".building-" + Guid.NewGuid().ToString("N")[..12];
        Directory.CreateDirectory(Staging);
        File.WriteAllText(Path.Combine(Staging, Marker), "This folder is made by the site generator; a build replaces it whole.\n");
    }

    /// <summary>The output folder must not be, hold or sit inside the project's own folders, and must be a site we built (or empty).</summary>
    public static void Refuse(string final, string? projectRoot)
    {
        static bool Within(string path, string folder) =>
            path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (projectRoot is not null)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectRoot));
            var own = new[] { "input", "theme", "src", "tests", ".git", "node_modules" }.Select(d => Path.Combine(root, d));
            if (Within(root, final) || own.Any(o => Within(final, o)))
                throw new SiteError(SiteConfig.FileName, 0, $"the output folder {final} is the project's own folder, or holds it",
                    "Build into a folder of its own, e.g. 'output' (the default) or --output /tmp/site.");
        }
        // A site built before the marker existed is recognised by its stylesheet.
        bool ours = File.Exists(Path.Combine(final, Marker)) || File.Exists(Path.Combine(final, "index.html")) && File.Exists(Path.Combine(final, "assets", "site.css"));
        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !ours)
            throw new SiteError(SiteConfig.FileName, 0, $"the output folder {final} holds files that this program did not build",
                "Build into an empty or new folder; the build replaces its output folder whole, so it will not touch one it did not make.");
    }

    public void Write(OutputFile file) => WriteInto(Staging, file);

    /// <summary>Folders created so far: asking the file system again for every page costs more than writing it.</summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal);

    static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a page as UTF-8 (without a byte-order mark) and returns its size in bytes.</summary>
    public long WriteText(string path, ReadOnlySpan<char> text)
    {
        var full = Inside(Staging, path);
        var folder = Path.GetDirectoryName(full)!;
        // Marked made only once it exists: another thread may be writing into the same folder.
        if (!made.ContainsKey(folder)) { Directory.CreateDirectory(folder); made.TryAdd(folder, 0); }
        File.WriteAllText(full, text, Utf8);
        return Utf8.GetByteCount(text);
    }

    /// <summary>Writes a file under <paramref name="folder"/>; a path from content (a slug) must never lead out of it.</summary>
    public static void WriteInto(string folder, OutputFile file)
    {
        var full = Inside(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Content);
    }

    static string Inside(string folder, string path)
    {
        // Both sides absolute: the folder is relative when the command runs in the project (root ".").
        folder = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(folder, path));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {path}");
        return full;
    }

    public void Commit()
    {
        var old = Final + ".previous-" + Guid.NewGuid().ToString("N")[..12];
        if (Directory.Exists(Final)) Directory.Move(Final, old);
        try { Directory.Move(Staging, Final); }
        catch
        {
            if (Directory.Exists(old) && !Directory.Exists(Final)) Directory.Move(old, Final);   // put the previous site back
            throw;
        }
        TryDelete(old);
        committed = true;
    }

    static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        if (!committed) TryDelete(Staging);
    }
}
