using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
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

    /// <param name="held">The lock on the output folder when the caller has taken it already; otherwise it is taken here.</param>
    public OutputFolder(string output, string? projectRoot = null, OutputLock? held = null)
    {
        Final = FullPath(output);
        folderLock = held is null ? OutputLock.Take(Final) : null;
        try
        {
            Refuse(Final, projectRoot);
            Staging = Final + ".building-" + Guid.NewGuid().ToString("N")[..12];
            Directory.CreateDirectory(Staging);
            File.WriteAllText(Path.Combine(Staging, Marker), "This folder is made by the site generator; a build replaces it whole.\n");
        }
        catch { folderLock?.Dispose(); throw; }
    }

    readonly OutputLock? folderLock;

    /// <summary>The output folder as a full path; an empty name is the user's mistake, not ours.</summary>
    public static string FullPath(string output)
    {
        if (string.IsNullOrWhiteSpace(output))
            throw new SiteError("--output", 0, "the output folder's name is empty", "Name a folder, e.g. --output /tmp/site, or leave --output out to build into 'output'.");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        // A link (output -> /var/www/site) is the folder it leads to: that folder is replaced, and the link still leads
        // there. Replacing the link itself would leave the served folder with the old site.
        if (new DirectoryInfo(full).LinkTarget is not null)
            full = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target
                ? Path.TrimEndingDirectorySeparator(target.FullName)
                : throw new SiteError("--output", 0, $"{full} is a symbolic link to a folder that is not there", "Create the folder it leads to, or remove the link (the build then makes the folder).");
        if (Path.GetDirectoryName(full) is null)
            throw new SiteError("--output", 0, $"the output folder {full} is the file system's root", "Build into a folder of its own, e.g. 'output' (the default) or --output /tmp/site.");
        if (File.Exists(full))
            throw new SiteError("--output", 0, $"{full} is a file, not the output folder", "Move or delete that file, or build elsewhere: 'output:' in statiq.config, or --output.");
        return full;
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
        // Only the marker says a folder is ours: a folder that merely looks like a site (an index.html, a stylesheet)
        // may be somebody's blog, which the build would replace whole.
        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !File.Exists(Path.Combine(final, Marker)))
            throw new SiteError(SiteConfig.FileName, 0, $"the output folder {final} holds files that this program did not build (it has no {Marker} file)",
                "Build into an empty or new folder; the build replaces its output folder whole, so it will not touch one it did not make. If it is a site an older version of this program built, delete it and build again.");
    }

    public void Write(OutputFile file)
    {
        WriteInto(Staging, file);
        if (Hashes is { } hashes) hashes[file.Path] = SHA256.HashData(file.Content);
    }

    /// <summary>
    /// The SHA-256 of each file written so far, kept when the build asks for it (it makes the downloads): the ZIM's cache
    /// key takes them from here instead of reading the site back (420 MB at 10,000 documents). Null: none kept.
    /// </summary>
    public ConcurrentDictionary<string, byte[]>? Hashes { get; set; }

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
        // Encoded once into a pooled buffer, which gives the size and the hash too (File.WriteAllText encodes in
        // chunks of its own, and counting the bytes was a second pass over the page).
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var bytes = buffer.AsSpan(0, Utf8.GetBytes(text, buffer));
            File.WriteAllBytes(full, bytes);
            if (Hashes is { } hashes) hashes[path] = SHA256.HashData(bytes);
            return bytes.Length;
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>
    /// Writes a file too large to hold twice in memory (the offline copy, the books) through a stream, and returns its size. It is
    /// written beside its place and renamed into it, so the preview, which serves this folder, never serves half of it.
    /// </summary>
    public long WriteStreamed(string path, Action<Stream> write)
    {
        var full = Inside(Staging, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        long length;
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            write(stream);
            length = stream.Length;
        }
        File.Move(partial, full, overwrite: true);
        Hashes?.TryRemove(path, out _);
        return length;
    }

    /// <summary>Writes a file under <paramref name="folder"/>; a path from content (a slug) must never lead out of it.</summary>
    public static void WriteInto(string folder, OutputFile file)
    {
        var full = Inside(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Content);
    }

    /// <summary>
    /// Replaces a file in a folder that is being served: the new content is written beside it and renamed over it,
    /// so a reader gets the old file or the new one, whole, never an empty or half-written one.
    /// </summary>
    public static void ReplaceInto(string folder, OutputFile file)
    {
        var full = Inside(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        ProjectFiles.WriteWhole(full, file.Content);
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
        if (Directory.Exists(Final) && Posix.TryExchange(Staging, Final))
        {
            // One step: at no moment is there no site at the output folder. The staging name now holds the old site.
            committed = true;
            TryDelete(Staging);
            return;
        }
        // Two steps: if the process dies between them, the next build finds the previous site and puts it back
        // (OutputLock.Take) before it does anything else.
        var old = Final + ".previous-" + Guid.NewGuid().ToString("N")[..12];
        if (Directory.Exists(Final)) Directory.Move(Final, old);
        try { Directory.Move(Staging, Final); }
        catch
        {
            if (Directory.Exists(old) && !Directory.Exists(Final)) Directory.Move(old, Final);   // put the previous site back
            throw;
        }
        committed = true;
        TryDelete(old);
    }

    internal static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        if (!committed) TryDelete(Staging);
        folderLock?.Dispose();
    }
}

/// <summary>
/// One build at a time writes an output folder: a second one waits until the first is done, so neither removes or
/// publishes the other's half-written files. The lock is an advisory lock on a file beside the output folder
/// ("output.lock"), which the operating system drops when the process ends, however it ends.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>How long a build waits for another one before it gives up.</summary>
    public static TimeSpan Patience { get; set; } = TimeSpan.FromMinutes(10);

    readonly FileStream file;
    OutputLock(FileStream file) => this.file = file;

    public static string PathFor(string final) => final + ".lock";

    /// <summary>Waits for the lock on <paramref name="final"/>, then clears what killed builds left beside it.</summary>
    public static OutputLock Take(string final)
    {
        final = Path.TrimEndingDirectorySeparator(Path.GetFullPath(final));
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        if (Directory.Exists(PathFor(final)))
            throw new SiteError(PathFor(final), 0, "is a folder, where the build keeps the file that lets one build at a time write the site",
                $"Delete that folder (rm -r {Path.GetFileName(PathFor(final))}); the build makes the file itself.");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            // Where .NET locks files itself (see Site.csproj), the open fails while another build holds the lock.
            FileStream? stream = null;
            try { stream = new FileStream(PathFor(final), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite); }
            catch (IOException) when (File.Exists(PathFor(final))) { }
            if (stream is not null && Posix.TryLock(stream))
            {
                var taken = new OutputLock(stream);
                try { Recover(final); }
                catch { taken.Dispose(); throw; }
                return taken;
            }
            stream?.Dispose();
            if (waited.Elapsed > Patience)
                throw new SiteError(PathFor(final), 0, $"another build or preview has been writing {final} for {Patience.TotalMinutes:0} minutes",
                    "Wait for it to finish or stop it (Ctrl+C in its terminal), then build again.");
            if (!told) Console.Error.WriteLine($"another build is writing {final}: waiting for it to finish…");
            told = true;
            Thread.Sleep(100);
        }
    }

    /// <summary>
    /// Under the lock nobody else is building, so folders beside the output are leftovers of killed builds. A build
    /// killed in the middle of its swap left the previous site at "output.previous-…" and none at "output": that site
    /// goes back first.
    /// </summary>
    static void Recover(string final)
    {
        var parent = Path.GetDirectoryName(final)!;
        var name = Path.GetFileName(final);
        var previous = Directory.GetDirectories(parent, name + ".previous-*").OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(final) && previous.Count > 0)
        {
            Directory.Move(previous[0], final);
            previous.RemoveAt(0);
            Console.Error.WriteLine($"note: a build was stopped while it swapped {final} in; the site from before it is back in place.");
        }
        foreach (var stale in previous.Concat(Directory.GetDirectories(parent, name + ".building-*")))
            OutputFolder.TryDelete(stale);
    }

    public void Dispose() => file.Dispose();
}
