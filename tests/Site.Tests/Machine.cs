using System.Diagnostics;

namespace Site.Tests;

/// <summary>
/// The programs some tests drive, from Debian's packages: Chromium (the browser tests), java (the HTML checker)
/// and epubcheck. On a fresh machine the README's test command installs what is missing, with apt-get, when it runs
/// as root; otherwise the test says what to install. (The npm packages are installed by <see cref="NodePackages"/>.)
/// </summary>
public static class Machine
{
    static readonly object Gate = new();
    static bool tried;

    /// <summary>Each program: how to find it once installed, and the package that has it.</summary>
    static readonly (string Program, string Package, Func<string?> Find)[] Tools =
    [
        ("chromium", "chromium", () => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? (File.Exists(p) ? p : null) : OnPath("chromium")),
        ("java", "default-jre-headless", () => OnPath("java")),
        ("epubcheck", "epubcheck", () => OnPath("epubcheck") is not null && File.Exists(EpubcheckJar) ? EpubcheckJar : null),
    ];

    public const string EpubcheckJar = "/usr/share/java/epubcheck.jar";

    /// <summary>The full path of <paramref name="program"/> (one of chromium, java, epubcheck), installing the packages missing first.</summary>
    public static string Require(string program)
    {
        var tool = Tools.Single(t => t.Program == program);
        lock (Gate)
        {
            if (tool.Find() is { } found) return found;
            // One apt-get run for everything missing: each run reads the package lists again.
            if (!tried)
            {
                tried = true;
                var missing = Tools.Where(t => t.Find() is null).Select(t => t.Package).ToList();
                if (missing.Count > 0 && CanInstall()) Install(missing);
            }
            if (tool.Find() is { } installed) return installed;
        }
        Assert.Fail($"{program} is missing, and this test needs it. Install it with 'sudo apt-get install {tool.Package}' " +
            "(run as root, the tests install it themselves)" + (program == "chromium" ? ", or set CHROMIUM_PATH to a Chromium browser." : "."));
        return "";
    }

    static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    static bool CanInstall() => Environment.UserName == "root" && OnPath("apt-get") is not null;

    static void Install(List<string> packages)
    {
        Console.Error.WriteLine($"installing Debian packages the tests need: {string.Join(" ", packages)}");
        Run("apt-get", ["update", "-qq"]);
        Run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. packages]);
    }

    static void Run(string program, string[] args)
    {
        var psi = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) Console.Error.WriteLine($"{program} {string.Join(" ", args)} failed: {err.Result}");
    }
}
