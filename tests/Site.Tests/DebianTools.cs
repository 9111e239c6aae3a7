namespace Site.Tests;

/// <summary>Runs the Debian programs the download tests drive (found, or installed, by <see cref="Machine"/>).</summary>
public static class DebianTools
{
    /// <summary>Runs a program to its end: exit code and all it printed.</summary>
    public static (int Code, string Output) Exec(string program, IEnumerable<string> args, string? dir = null, IDictionary<string, string>? env = null)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (dir is not null) psi.WorkingDirectory = dir;
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }
}
