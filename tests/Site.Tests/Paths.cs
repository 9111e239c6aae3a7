namespace Site.Tests;

/// <summary>Where the project's own files are, from a test's point of view.</summary>
public static class Paths
{
    /// <summary>The project folder (the one with statiq.config), found by walking up from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "statiq.config"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("statiq.config not found above " + AppContext.BaseDirectory);
    }

    public static string Sources => Path.Combine(Root, "input", "sources");
    public const string MessagesFile = "000_378bfbe3db330b03.txt";
    public const string ResolutionsFile = "004_8ca4d6fa67cddf2f.txt";

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>A fresh empty folder under this test run's own folder, which is removed when the run ends.</summary>
    public static string TempDir(string name)
    {
        var d = Path.Combine(RunFolder, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>
    /// The tests build whole sites (gigabytes in a full run): left behind they filled a disk. Each run writes into
    /// "site-tests/run-PID", removed when it ends; a run killed outright is cleaned up by the next one.
    /// </summary>
    static string RunFolder { get; } = MakeRunFolder();

    static string MakeRunFolder()
    {
        var all = Path.Combine(Path.GetTempPath(), "site-tests");
        if (Directory.Exists(all))
            foreach (var d in Directory.GetDirectories(all, "run-*"))
                if (int.TryParse(Path.GetFileName(d)[4..], out var pid) && pid != Environment.ProcessId && !Site.Project.ChildProcess.IsRunning(pid))
                    Delete(d);
        var mine = Path.Combine(all, $"run-{Environment.ProcessId}");
        Directory.CreateDirectory(mine);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(mine);
        return mine;
    }

    static void Delete(string folder)
    {
        try { Directory.Delete(folder, true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
