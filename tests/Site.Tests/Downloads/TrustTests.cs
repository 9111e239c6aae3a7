using System.IO.Compression;
using Site.Downloads;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Downloads;

/// <summary>A copy a reader can trust: checksums that verify, a signature that verifies, the mirrors, the edition.</summary>
public class TrustTests
{
    static async Task<(string Output, BuildResult Result)> Build(TempProject p, BuildOptions? options = null)
    {
        var output = p.PathOf("output");
        return (output, await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, options));
    }

    [Fact]
    public async Task SHA256SUMS_lists_the_zip_the_epubs_and_the_zim_and_sha256sum_verifies_it()
    {
        Machine.Require("zimwriterfs");
        Machine.Require("faketime");
        var (output, _) = await Build(new TempProject("sums"));
        var download = Path.Combine(output, "download");
        var sums = File.ReadAllLines(Path.Combine(download, Checksums.SumsName));
        Assert.Equal(["congress12-ar.epub", "congress12-en.epub", "congress12-fa.epub", "congress12-fa.zim", "congress12-site.zip"], sums.Select(l => l.Split("  ")[1]));
        var (code, said) = DebianTools.Exec("sha256sum", ["-c", Checksums.SumsName], download);
        Assert.True(code == 0, said);
        // The about page gives each file's SHA-256 and size, and how to check a copy.
        var about = File.ReadAllText(Path.Combine(output, "about/index.html"));
        foreach (var line in sums) Assert.Contains(line.Split("  ")[0], about);
        Assert.Contains("sha256sum -c --ignore-missing SHA256SUMS", about);
        // As the page says it, the check holds for a reader who downloaded one file (plain -c failed it: the others were missing).
        var one = Directory.CreateTempSubdirectory("sums-one-").FullName;
        File.Copy(Path.Combine(download, Checksums.SumsName), Path.Combine(one, Checksums.SumsName));
        File.Copy(Path.Combine(download, "congress12-en.epub"), Path.Combine(one, "congress12-en.epub"));
        var (oneCode, oneSaid) = DebianTools.Exec("sha256sum", ["-c", "--ignore-missing", Checksums.SumsName], one);
        Assert.True(oneCode == 0, oneSaid);
        File.AppendAllText(Path.Combine(one, "congress12-en.epub"), "x");
        Assert.NotEqual(0, DebianTools.Exec("sha256sum", ["-c", "--ignore-missing", Checksums.SumsName], one).Code);
        Directory.Delete(one, true);
        Assert.Contains("certutil -hashfile", about);
        Assert.Contains("Get-FileHash", about);
        Assert.Contains("Termux", about);
        Assert.DoesNotContain("minisign -Vm", about);   // not signed: no key was given
        // A corrupted copy fails.
        File.AppendAllText(Path.Combine(download, "congress12-fa.epub"), "x");
        Assert.NotEqual(0, DebianTools.Exec("sha256sum", ["-c", Checksums.SumsName], download).Code);
    }

    [Fact]
    public async Task With_a_throwaway_key_the_build_signs_SHA256SUMS_and_minisign_verifies_it_with_the_key_the_about_page_gives()
    {
        Machine.Require("minisign");
        var keys = Paths.TempDir("minisign");
        var (made, said) = DebianTools.Exec("minisign", ["-G", "-W", "-p", Path.Combine(keys, "k.pub"), "-s", Path.Combine(keys, "k.key")]);
        Assert.True(made == 0, said);
        var options = new BuildOptions(SigningKey: File.ReadAllText(Path.Combine(keys, "k.key")));
        var (output, _) = await Build(new TempProject("signed"), options);
        var download = Path.Combine(output, "download");
        var publicKey = File.ReadAllLines(Path.Combine(keys, "k.pub"))[1];
        Assert.Equal(File.ReadAllText(Path.Combine(keys, "k.pub")), File.ReadAllText(Path.Combine(download, Checksums.PublicKeyName)));
        var about = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(output, "about/index.html")));
        Assert.Contains($"minisign -Vm SHA256SUMS -P {publicKey}", about);
        var (code, verified) = DebianTools.Exec("minisign", ["-V", "-P", publicKey, "-m", Checksums.SumsName], download);
        Assert.True(code == 0, verified);
        // Another key does not verify it, and a changed list does not verify.
        DebianTools.Exec("minisign", ["-G", "-W", "-p", Path.Combine(keys, "other.pub"), "-s", Path.Combine(keys, "other.key")]);
        Assert.NotEqual(0, DebianTools.Exec("minisign", ["-V", "-P", File.ReadAllLines(Path.Combine(keys, "other.pub"))[1], "-m", Checksums.SumsName], download).Code);
        File.AppendAllText(Path.Combine(download, Checksums.SumsName), "0000  fake.zip\n");
        Assert.NotEqual(0, DebianTools.Exec("minisign", ["-V", "-P", publicKey, "-m", Checksums.SumsName], download).Code);
    }

    [Fact]
    public async Task Mirrors_are_on_the_about_page_and_in_the_zip_and_an_onion_address_is_announced_on_every_page()
    {
        var p = new TempProject("mirrors");
        p.Write("statiq.config", p.Read("statiq.config").Replace("mirrors:\n  addresses: []",
            "mirrors:\n  addresses: [https://mirror.example.org/congress12/, https://other.example.net/]\n  onion: http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion/"));
        var (output, _) = await Build(p);
        var about = File.ReadAllText(Path.Combine(output, "about/index.html"));
        Assert.Contains("https://mirror.example.org/congress12/", about);
        Assert.Contains("https://other.example.net/", about);
        using var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-site.zip"));
        var mirrors = new StreamReader(zip.GetEntry("congress12/" + OfflineCopy.MirrorsFile)!.Open()).ReadToEnd();
        Assert.Contains("https://mirror.example.org/congress12/", mirrors);
        Assert.Contains("abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion", mirrors);
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("404.html")))
        {
            var rel = Path.GetRelativePath(output, page).Replace('\\', '/');
            Assert.Contains($"<meta http-equiv=\"onion-location\" content=\"http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion/{rel}\"", File.ReadAllText(page));
        }
        // Without an onion address no page has the tag.
        var (plain, _) = await Build(new TempProject("no-onion"));
        Assert.DoesNotContain("onion-location", File.ReadAllText(Path.Combine(plain, "index.html")));
    }

    [Fact]
    public void A_mirror_that_is_not_a_web_address_is_an_error_at_its_line()
    {
        var p = new TempProject("bad-mirror");
        p.Write("statiq.config", p.Read("statiq.config").Replace("mirrors:\n  addresses: []", "mirrors:\n  addresses: [mirror.example.org]\n  onion: http://example.org/"));
        var e = Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root));
        Assert.Equal(SiteConfig.FileName, e.File);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(p.PathOf("statiq.config")), l => l.Contains("mirror.example.org")) + 1, e.Line);
    }
}
