using System.Diagnostics;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Verify;

/// <summary>The W3C Nu HTML Checker (npm vnu-jar, on the machine's java) over the whole built site: no errors.</summary>
public class HtmlValidatorTests
{
    [Fact]
    public async Task Every_page_is_valid_html()
    {
        NodePackages.Ensure();
        var p = new TempProject("vnu");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);
        var jar = Path.Combine(Paths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), "vnu.jar missing: run npm ci");
        var psi = new ProcessStartInfo(Machine.Require("java"), ["-jar", jar, "--errors-only", "--skip-non-html", "--also-check-css", output])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using var proc = Process.Start(psi)!;
        var err = proc.StandardError.ReadToEndAsync();
        var @out = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        var report = (await err + @out).Replace(output, "output");
        Assert.True(proc.ExitCode == 0, report.Length > 4000 ? report[..4000] : report);
    }
}
