namespace Site.Project;

/// <summary>
/// The folders the site is made from (input/, theme/) hold only files and folders. A symbolic link could lead
/// anywhere (a file outside the project would be published; a link to / walked the whole disk), and a pipe or a
/// device would hang the reader, so each is an error naming it, and nothing is followed.
/// </summary>
public static class ProjectFiles
{
    /// <summary>Editors' swap and backup files and dot-files (.gitkeep, .DS_Store): in a folder of documents, no one's document.</summary>
    public static bool IsLeftover(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".bak", StringComparison.Ordinal);

    /// <summary>
    /// A file of the project as text: UTF-8 (its byte-order mark allowed) and at most <see cref="Text.TextFile.MaxBytes"/>;
    /// anything else (a file saved as Latin-1 or UTF-16, a file far too large) is an error that names
    /// <paramref name="shown"/> and the line, rather than text published with replacement characters.
    /// </summary>
    public static string ReadText(string path, string shown)
    {
        try { return Text.TextFile.Read(path); }
        catch (Text.InvalidTextException e) { throw new SiteError(shown, e.Line, e.Problem, e.Fix); }
    }

    /// <summary>
    /// A new, empty working folder in the system's temp folder, named <paramref name="prefix"/>-pid-…: the folder is the
    /// caller's to delete when done. A build killed mid-way cannot delete its own, so the folders of this prefix left
    /// by processes no longer running are deleted first (a ZIM's is some 10 MB; they piled up in /tmp).
    /// </summary>
    public static string NewTempFolder(string prefix)
    {
        foreach (var old in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "-*"))
        {
            var parts = Path.GetFileName(old)[(prefix.Length + 1)..].Split('-');
            if (parts.Length < 2 || !int.TryParse(parts[0], out var pid) || IsRunning(pid)) continue;
            try { Directory.Delete(old, true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }   // another's, or going: left as it is
        }
        var work = Path.Combine(Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        return work;

        static bool IsRunning(int pid)
        {
            try { using var p = System.Diagnostics.Process.GetProcessById(pid); return !p.HasExited; }
            catch (ArgumentException) { return false; }
            catch (InvalidOperationException) { return false; }
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no byte-order mark) into a file of the project whole or not at all: beside
    /// it first, then renamed over it. A full disk or an interrupted command leaves the file as it was (a volunteer's
    /// translation not cut short, a new one not left empty where the next try would refuse to replace it).
    /// </summary>
    /// <param name="replace">False for a file that must not exist yet: if one appeared meanwhile, it is kept and this fails.</param>
    public static void WriteWhole(string path, string text, bool replace = true) => WriteWhole(path, new System.Text.UTF8Encoding(false).GetBytes(text), replace);

    /// <summary><paramref name="bytes"/> into <paramref name="path"/>, whole or not at all, as <see cref="WriteWhole(string, string, bool)"/>.</summary>
    public static void WriteWhole(string path, byte[] bytes, bool replace = true)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + ".saving-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, replace);
        }
        finally { if (File.Exists(temporary)) File.Delete(temporary); }
    }

    /// <summary>Every link, special file and unreadable folder under <paramref name="folder"/>; <paramref name="show"/> names them for people.</summary>
    /// <param name="unchanged">When given, only what changed since the last check is looked at (a new link or pipe is a change the file system reports).</param>
    public static List<Diagnostic> Check(string folder, Func<string, string> show, Unchanged? unchanged = null)
    {
        var errors = new List<Diagnostic>();
        void Walk(string dir)
        {
            IEnumerable<string> entries;
            try { entries = Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal).ToList(); }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                errors.Add(new Diagnostic(show(dir), 0, "the folder cannot be read (" + e.Message + ")",
                    $"Give yourself access to it, e.g. 'chmod -R u+rwX {show(dir)}', and run the command again."));
                return;
            }
            foreach (var entry in entries) Look(entry);
        }
        void Look(string entry)
        {
            switch (Posix.KindOf(entry))
            {
                case Posix.EntryKind.Folder: Walk(entry); break;
                case Posix.EntryKind.Link:
                    errors.Add(new Diagnostic(show(entry), 0, "is a symbolic link; the site is built only from files inside the project",
                        "Replace the link with a copy of the file it points to, or delete it."));
                    break;
                case Posix.EntryKind.Other:
                    errors.Add(new Diagnostic(show(entry), 0, "is not a regular file (a pipe, socket or device)", "Delete it: only files and folders belong here."));
                    break;
            }
        }
        if (unchanged is not null)
        {
            var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            foreach (var path in unchanged.Changed.Where(p => p.StartsWith(root, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                Look(path);
            return errors;
        }
        if (Directory.Exists(folder)) Walk(folder);
        return errors;
    }
}
