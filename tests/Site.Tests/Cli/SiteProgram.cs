using System.Diagnostics;

namespace Site.Tests.Cli;

/// <summary>The program as a user runs it: a separate process, with its own environment, exit code and output.</summary>
public static class SiteProgram
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "site.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string workingDirectory, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("dotnet", [Dll, .. args])
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        return psi;
    }

    public static (int ExitCode, string Out, string Err) Run(IEnumerable<string> args, string workingDirectory, IDictionary<string, string>? env = null)
    {
        using var p = Process.Start(StartInfo(args, workingDirectory, env))!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    /// <summary>The processes started by <paramref name="pid"/>, and theirs, from /proc.</summary>
    public static List<int> Descendants(int pid)
    {
        var parentOf = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var id)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parentOf[id] = int.Parse(fields[1]);
            }
            catch (IOException) { }
        }
        var found = new List<int>();
        var queue = new Queue<int>([pid]);
        while (queue.Count > 0)
        {
            var p = queue.Dequeue();
            foreach (var (child, parent) in parentOf)
                if (parent == p && !found.Contains(child)) { found.Add(child); queue.Enqueue(child); }
        }
        return found;
    }

    /// <summary>Whether a process still runs (a zombie that nobody has reaped yet has ended).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] is not ('Z' or 'X');
        }
        catch (IOException) { return false; }
    }

    public static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); }
        catch (IOException) { return ""; }
    }
}
