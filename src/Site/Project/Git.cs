namespace Site.Project;

/// <summary>One file's change in one commit, from git's history of input/.</summary>
/// <param name="Status">'A' added, 'M' changed, 'D' deleted.</param>
/// <param name="BecameReviewed">The change set a translation's status to reviewed.</param>
public sealed record GitFileChange(string Date, string Commit, string Path, char Status, bool BecameReviewed);

/// <summary>What git knows of the project folder, when it is a checkout and git is installed; null or empty otherwise.</summary>
public static class Git
{
    static string? Run(string root, params string[] args)
    {
        var run = ChildProcess.RunCapturing("git", ["-C", root, "-c", "core.quotePath=false", .. args]);
        return run is { ExitCode: 0 } r ? r.Output : null;
    }

    /// <summary>Whether <paramref name="root"/> is the top of a git checkout (a folder inside someone else's checkout is not).</summary>
    /// <remarks>The top of a checkout holds .git (a folder, or a file in a worktree): without it, and without GIT_DIR
    /// naming one elsewhere, no git process is started (a few milliseconds of every build outside a checkout).</remarks>
    public static bool IsCheckout(string root) =>
        (Path.Exists(Path.Combine(root, ".git")) || Environment.GetEnvironmentVariable("GIT_DIR") is not null)
        // git names the folder's place below the checkout's top: none at the top. (Comparing the top's path with root's
        // failed where root was reached through a link: git's is resolved, as macOS's /tmp always is.)
        && Run(root, "rev-parse", "--show-prefix") is { } prefix && prefix.Trim().Length == 0;

    /// <summary>The date (YYYY-MM-DD, the committer's) and short commit of the last commit that changed <paramref name="path"/>.</summary>
    public static (string Date, string Commit)? LastChange(string root, string path) =>
        Remembered(root, "last-change\0" + path, () => AskLastChange(root, path));

    static (string Date, string Commit)? AskLastChange(string root, string path)
    {
        if (!IsCheckout(root)) return null;
        var line = Run(root, "log", "-1", "--format=%cs %h", "--", path)?.Trim();
        return line is { Length: > 0 } && line.Split(' ') is [var date, var commit] ? (date, commit) : null;
    }

    // The preview builds again on every save: the history is read once per commit, not once per save.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<GitFileChange>> Read = new();

    /// <summary>Every file changed under <paramref name="paths"/> in the newest <paramref name="commits"/> commits, newest first.</summary>
    public static IReadOnlyList<GitFileChange> Changes(string root, int commits, params string[] paths) =>
        Remembered(root, string.Join("\0", ["changes", commits.ToString(System.Globalization.CultureInfo.InvariantCulture), .. paths]), () => AskChanges(root, commits, paths));

    // The preview builds again on every save, and running git four times cost 50 ms of each: what git said is kept
    // while the checkout's HEAD, read from .git's own files, has not moved.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, object?> Asked = new();

    static T Remembered<T>(string root, string question, Func<T> ask) =>
        HeadOf(root) is { } head ? (T)Asked.GetOrAdd($"{Path.GetFullPath(root)}\0{head}\0{question}", _ => ask())! : ask();

    /// <summary>
    /// Where the checkout's HEAD points, from .git's files (HEAD, the branch's ref, packed-refs), without running git;
    /// "none" when the folder has no .git; null when it cannot be told so (a worktree's .git file): git is asked then.
    /// </summary>
    static string? HeadOf(string root)
    {
        var git = Path.Combine(root, ".git");
        if (!Directory.Exists(git)) return File.Exists(git) ? null : "none";
        try
        {
            var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
            var packed = Path.Combine(git, "packed-refs");
            var branch = head.StartsWith("ref: ", StringComparison.Ordinal) ? Path.Combine(git, head[5..]) : null;
            return string.Join('\n', head, branch is not null && File.Exists(branch) ? File.ReadAllText(branch).Trim() : "",
                branch is not null && File.Exists(packed) ? File.ReadAllText(packed) : "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    static IReadOnlyList<GitFileChange> AskChanges(string root, int commits, string[] paths)
    {
        if (!IsCheckout(root) || Run(root, "rev-parse", "HEAD")?.Trim() is not { Length: > 0 } head) return [];
        return Read.GetOrAdd(string.Join("\0", [Path.GetFullPath(root), head, commits.ToString(System.Globalization.CultureInfo.InvariantCulture), .. paths]), _ => Log(root, commits, paths));
    }

    static List<GitFileChange> Log(string root, int commits, string[] paths)
    {
        var changes = new List<GitFileChange>();
        var log = Run(root, ["log", $"--max-count={commits}", "--no-renames", "-U0", "--format=%x01%cs %h", "-p", "--", .. paths]);
        if (log is null) return changes;
        string date = "", commit = "", file = "";
        char status = 'M';
        var reviewed = false;
        void Flush() { if (file.Length > 0) changes.Add(new GitFileChange(date, commit, file, status, reviewed)); file = ""; }
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\u0001')) { Flush(); var h = line[1..].Split(' '); (date, commit) = (h[0], h[1]); }
            else if (line.StartsWith("diff --git a/", StringComparison.Ordinal))
            {
                Flush();
                var b = line.LastIndexOf(" b/", StringComparison.Ordinal);
                file = line[(b + 3)..]; status = 'M'; reviewed = false;
            }
            else if (line.StartsWith("new file mode", StringComparison.Ordinal)) status = 'A';
            else if (line.StartsWith("deleted file mode", StringComparison.Ordinal)) status = 'D';
            else if (line.StartsWith("+status:", StringComparison.Ordinal) && line.Contains("reviewed", StringComparison.Ordinal)) reviewed = true;
        }
        Flush();
        return changes;
    }
}
