namespace Site.Tests;

/// <summary>
/// Debian programs some tests drive (zimwriterfs, zimcheck, kiwix-serve, minisign): installed with apt-get when
/// missing and the tests run as root (as CI does), else the test fails saying what to install.
/// </summary>
public static class DebianTools
{
    static readonly object Gate = new();

    public static void Require(string command, string package)
    {
        if (Found(command)) return;
        lock (Gate)
        {
            if (Found(command)) return;
            if (Environment.UserName == "root")
            {
                Run("apt-get", "update -qq");
                Run("apt-get", $"install -y -qq --no-install-recommends {package}");
            }
            Assert.True(Found(command), $"'{command}' is missing: install Debian's {package} (apt-get install {package}; bash .ci/run does) and run the tests again");
        }
    }

    static bool Found(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, command)));

    static void Run(string program, string args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
    }

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
