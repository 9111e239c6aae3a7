using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Site.Project;

/// <summary>
/// Runs a helper program (npm, node) to completion; its standard error is kept for the message on failure. A helper
/// ends with the build: on Ctrl+C or SIGTERM it is killed with its own children, and since it reads from a pipe that
/// only this process holds, a helper that watches its input (the search indexer does) also ends when this process is
/// killed outright.
/// </summary>
public static class ChildProcess
{
    static readonly HashSet<Process> Running = [];
    static PosixSignalRegistration[]? signals;

    /// <summary>Whether a process with this id is running (perhaps another one that took the id of one that ended).</summary>
    public static bool IsRunning(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <returns>The exit code and what the program wrote to standard error; null when the program is not installed.</returns>
    /// <remarks>Its standard input stays open (and empty) until it ends: a helper that watches its input ends with us.</remarks>
    public static (int ExitCode, string Errors)? Run(string program, IEnumerable<string> args, string? workingDirectory = null) =>
        Exec(program, args, workingDirectory, input: null, closeInput: false) is var (code, _, errors) ? (code, errors) : null;

    /// <returns>The exit code, standard output and standard error; null when the program is not installed.</returns>
    /// <param name="input">Written to the program's standard input, which is then closed.</param>
    public static (int ExitCode, string Output, string Errors)? RunCapturing(string program, IEnumerable<string> args, string? workingDirectory = null, string? input = null) =>
        Exec(program, args, workingDirectory, input, closeInput: true);

    static (int ExitCode, string Output, string Errors)? Exec(string program, IEnumerable<string> args, string? workingDirectory, string? input, bool closeInput)
    {
        if (Start(program, args, workingDirectory) is not { } p) return null;
        using (p)
        {
            try
            {
                var err = p.StandardError.ReadToEndAsync();
                if (input is not null) p.StandardInput.Write(input);
                if (closeInput) p.StandardInput.Close();
                var output = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                return (p.ExitCode, output, err.Result.Trim());
            }
            finally { lock (Running) Running.Remove(p); }
        }
    }

    /// <summary>
    /// Runs a helper as <see cref="RunCapturing"/> does, without blocking a thread; stopping <paramref name="stop"/>
    /// kills it. <paramref name="lowPriority"/>: at the lowest CPU priority (under <c>nice</c>, when the system has it),
    /// as the preview's background build is, which must not slow the rebuilds a writer waits for. <paramref name="started"/>
    /// runs once it has started.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)?> RunAsync(string program, IEnumerable<string> args, CancellationToken stop, bool lowPriority = false, Action? started = null)
    {
        if ((lowPriority ? Start("nice", ["-n", "19", program, .. args]) ?? Start(program, args) : Start(program, args)) is not { } p) return null;
        started?.Invoke();
        using (p)
        {
            try
            {
                using var kill = stop.Register(() => { try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
                var err = p.StandardError.ReadToEndAsync(CancellationToken.None);
                var output = await p.StandardOutput.ReadToEndAsync(CancellationToken.None);
                await p.WaitForExitAsync(CancellationToken.None);
                return (p.ExitCode, output, (await err).Trim());
            }
            finally { lock (Running) Running.Remove(p); }
        }
    }

    /// <summary>This program, as a command line that runs it again: the native executable, or dotnet and the assembly.</summary>
    public static (string Program, string[] Args) Self()
    {
        // The native program has no assembly file (Location is empty): it runs itself again by its own path.
#pragma warning disable IL3000
        var dll = typeof(ChildProcess).Assembly.Location;
#pragma warning restore IL3000
        if (string.IsNullOrEmpty(dll)) return (Environment.ProcessPath!, []);
        var host = Environment.ProcessPath is { } exe && Path.GetFileNameWithoutExtension(exe) == "dotnet" ? exe : "dotnet";
        return (host, [dll]);
    }

    /// <summary>Starts a helper with its three streams redirected, registered to be stopped with us; null when it is not installed.</summary>
    static Process? Start(string program, IEnumerable<string> args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        WatchSignals();
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception) { return null; }
        lock (Running) Running.Add(p);
        return p;
    }

    static void WatchSignals()
    {
        lock (Running)
            // Not cancelled: after the helpers are stopped the signal ends this process as it would have.
            signals ??= [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => StopAll()))];
    }

    static void StopAll()
    {
        lock (Running)
            foreach (var p in Running)
                try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } catch (System.ComponentModel.Win32Exception) { }
    }
}
