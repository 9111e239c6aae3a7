using System.Diagnostics;

namespace Site.Project;

/// <summary>Runs a helper program (npm, node) to completion; its standard error is kept for the message on failure.</summary>
public static class ChildProcess
{
    /// <returns>The exit code and what the program wrote to standard error; null when the program is not installed.</returns>
    public static (int ExitCode, string Errors)? Run(string program, IEnumerable<string> args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception) { return null; }
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, err.Result.Trim());
        }
    }

    /// <returns>The exit code, standard output and standard error; null when the program is not installed.</returns>
    public static (int ExitCode, string Output, string Errors)? RunCapturing(string program, IEnumerable<string> args, string? workingDirectory = null, string? input = null)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception) { return null; }
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync();
            if (input is not null) p.StandardInput.Write(input);
            p.StandardInput.Close();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, output, err.Result.Trim());
        }
    }
}
