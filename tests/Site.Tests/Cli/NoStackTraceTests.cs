using System.Text.RegularExpressions;

namespace Site.Tests.Cli;

/// <summary>Every failure a user can cause is a named error and exit code 1, never a stack trace.</summary>
public partial class NoStackTraceTests
{
    /// <summary>Permissions do not stop root: as root, the program runs as 'nobody' so that an unreadable file is one.</summary>
    static (int ExitCode, string Out, string Err) RunAsUser(TempProject p, params string[] args)
    {
        if (Environment.UserName != "root") return SiteProgram.Run(args, p.Root);
        var psi = SiteProgram.StartInfo(args, p.Root, new Dictionary<string, string> { ["HOME"] = p.Root, ["DOTNET_CLI_HOME"] = p.Root });
        psi.ArgumentList.Insert(0, psi.FileName);
        foreach (var a in new[] { "--clear-groups", "--regid=65534", "--reuid=65534" }) psi.ArgumentList.Insert(0, a);
        psi.FileName = "setpriv";
        using var proc = System.Diagnostics.Process.Start(psi)!;
        var err = proc.StandardError.ReadToEndAsync();
        var output = proc.StandardOutput.ReadToEnd();
        proc.WaitForExit();
        return (proc.ExitCode, output, err.Result);
    }

    static void Chmod(params string[] args)
    {
        using var chmod = System.Diagnostics.Process.Start("chmod", args)!;
        chmod.WaitForExit();
        Assert.Equal(0, chmod.ExitCode);
    }

    /// <summary>A copy of the theme instead of the shared link, so that a test may break it.</summary>
    static void OwnTheme(TempProject p)
    {
        var theme = p.PathOf("theme");
        if (Directory.ResolveLinkTarget(theme, false)?.FullName is not { } shared) return;   // copied already
        Directory.Delete(theme);
        void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var f in Directory.EnumerateFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
            foreach (var d in Directory.EnumerateDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
        }
        Copy(shared, theme);
    }

    public static TheoryData<string> Cases => ["unreadable translations folder", "unreadable site.css", "empty --output", "--output /", "missing --root", "unreadable topics.yml", "unreadable message", "theme folder gone",
        "--output a file", "--port out of range"];

    [Fact]
    public void Serve_on_a_port_in_use_says_so_and_names_another()
    {
        var p = new TempProject("port-in-use");
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            var (code, output, err) = SiteProgram.Run(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], p.Root);
            Assert.Equal(1, code);
            Assert.Contains($"--port: error: port {port} on 127.0.0.1 is in use", err);
            Assert.Contains($"--port {port + 1}", err);
            Assert.DoesNotMatch(StackLine(), output + err);
        }
        finally { listener.Stop(); }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failure_the_user_caused_is_a_named_error_with_exit_code_1_and_no_stack_trace(string what)
    {
        var p = new TempProject("no-trace");
        (string[] Args, string Named, Action After) failure = what switch
        {
            "unreadable translations folder" => ((string[])["build"], "input/translations", (Action)(() => Chmod("000", p.PathOf("input/translations")))),
            "unreadable site.css" => ((string[])["build", "--pages-only"], "theme/assets/site.css", (Action)(() => { OwnTheme(p); Chmod("000", p.PathOf("theme/assets/site.css")); })),
            "empty --output" => ((string[])["build", "--output", ""], "--output", (Action)(() => { })),
            "--output /" => ((string[])["build", "--output", "/"], "--output", (Action)(() => { })),
            "missing --root" => ((string[])["check", "--root", p.PathOf("nowhere")], "statiq.config", (Action)(() => { })),
            "--output a file" => ((string[])["build", "--pages-only", "--output", p.PathOf("a-file")], "is a file, not the output folder", (Action)(() => File.WriteAllText(p.PathOf("a-file"), "x"))),
            "--port out of range" => ((string[])["serve", "--port", "70000"], "--port: error: 70000 is not a port", (Action)(() => { })),
            "unreadable topics.yml" => ((string[])["check"], "input/topics.yml", (Action)(() => Chmod("000", p.PathOf("input/topics.yml")))),
            "unreadable message" => ((string[])["build"], p.Message("012"), (Action)(() => Chmod("000", p.PathOf(p.Message("012"))))),
            // The theme a link points at moved away: one error naming the setting, not the strings of each language.
            "theme folder gone" => ((string[])["build", "--pages-only"], "statiq.config", (Action)(() =>
            {
                var theme = p.PathOf("theme");
                if (new FileInfo(theme).LinkTarget is not null) File.Delete(theme);
                else if (Directory.Exists(theme)) Directory.Delete(theme, true);
            })),
            _ => throw new ArgumentException(what),
        };
        var (args, named, after) = failure;
        after();
        if (Environment.UserName == "root") Chmod("-R", "a+rwX", p.Root, "--preserve-root");
        after();   // again: the line above opened up what it broke
        var (code, output, err) = RunAsUser(p, args);
        var all = output + err;
        Assert.True(code == 1, $"{what}: exit code {code}\n{all}");
        Assert.DoesNotMatch(StackLine(), all);
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.Contains(named, err);
        Assert.Contains("fix:", err);
    }

    [GeneratedRegex(@"(?m)^\s+at \S+.*\(|--- End of")]
    private static partial Regex StackLine();
}
