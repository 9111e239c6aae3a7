using System.IO.Compression;
using System.Security.Cryptography;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Model;

/// <summary>The edition stamp and the changes page, read from git in a checkout (or from statiq.config outside one).</summary>
public class EditionTests
{
    static void Git(TempProject p, string date, params string[] args)
    {
        var env = new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date + "T12:00:00Z", ["GIT_COMMITTER_DATE"] = date + "T12:00:00Z" };
        var (code, said) = DebianTools.Exec("git", ["-C", p.Root, "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false", .. args], env: env);
        Assert.True(code == 0, said);
    }

    static string Head(TempProject p) => DebianTools.Exec("git", ["-C", p.Root, "rev-parse", "--short", "HEAD"]).Output.Trim();

    /// <summary>A checkout of the project: the corpus committed on one day, a message corrected on a later one, and a
    /// translation marked reviewed on a third.</summary>
    static TempProject Checkout()
    {
        var p = new TempProject("edition");
        File.WriteAllText(p.PathOf(".gitignore"), "output*/\nnode_modules\ntheme\n");
        Git(p, "2026-11-01", "init", "-q");
        Git(p, "2026-11-01", "add", "-A");
        Git(p, "2026-11-01", "commit", "-qm", "corpus");
        var message = p.Message("012");
        var lines = File.ReadAllLines(p.PathOf(message));
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        lines[last] = lines[last].TrimEnd('.') + ".";
        lines[last] += " ";
        p.Write(message, string.Join("\n", lines).TrimEnd() + "!\n");
        Git(p, "2026-11-20", "commit", "-qam", "correct a message");
        var tr = Directory.GetFiles(p.PathOf("input/translations/en/messages"), "*.md").Order().First(f => File.ReadAllText(f).Contains("status: draft"));
        File.WriteAllText(tr, File.ReadAllText(tr).Replace("status: draft", "status: reviewed"));
        Git(p, "2026-12-02", "commit", "-qam", "review a translation");
        return p;
    }

    [Fact]
    public async Task In_a_checkout_every_page_the_feeds_the_zip_and_the_epubs_name_the_edition_and_the_changes_page_lists_what_changed()
    {
        var p = Checkout();
        var commit = Head(p);
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);

        foreach (var page in new[] { "index.html", "messages/sholeh-paydar.html", "about/index.html", "en/index.html" })
            Assert.Contains($"<bdi dir=\"ltr\" class=\"commit\">{commit}</bdi>", File.ReadAllText(Path.Combine(output, page)));
        Assert.Contains("۱۱ آذر ۱۴۰۵", File.ReadAllText(Path.Combine(output, "index.html")));   // 2026-12-02
        Assert.Contains("2 December 2026", File.ReadAllText(Path.Combine(output, "en/index.html")));
        // Each edition names the day in its own words (the months of its strings file).
        Assert.Contains("2 ديسمبر 2026", File.ReadAllText(Path.Combine(output, "ar/index.html")));
        Assert.DoesNotContain("December", File.ReadAllText(Path.Combine(output, "ar/messages/sholeh-paydar.html")));
        Assert.Contains($"2026-12-02 · {commit}", File.ReadAllText(Path.Combine(output, "feed.xml")));
        Assert.Contains($"2026-12-02 · {commit}", File.ReadAllText(Path.Combine(output, "en/feed.xml")));
        using (var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-site.zip")))
            Assert.Contains($"2026-12-02 · {commit}", zip.Comment);
        foreach (var lang in new[] { "fa", "en" })
        {
            using var epub = ZipFile.OpenRead(Path.Combine(output, $"download/congress12-{lang}.epub"));
            Assert.Contains($"2026-12-02 · {commit}", new StreamReader(epub.GetEntry("EPUB/title.xhtml")!.Open()).ReadToEnd());
        }

        var changes = File.ReadAllText(Path.Combine(output, "changes/index.html"));
        Assert.Contains("datetime=\"2026-12-02\"", changes);
        Assert.Contains("ترجمه بازبینی شد", changes);
        Assert.Contains("datetime=\"2026-11-20\"", changes);
        Assert.Contains("متن اصلاح شد", changes);
        Assert.Contains("متن افزوده شد", changes);
        var en = File.ReadAllText(Path.Combine(output, "en/changes/index.html"));
        Assert.Contains("<li>Translation reviewed (English): ", en);
        Assert.Contains("<li>Document corrected: ", en);
        var feed = File.ReadAllText(Path.Combine(output, "en/changes/feed.xml"));
        Assert.Contains("<updated>2026-12-02T00:00:00Z</updated>", feed);
        Assert.Contains("Translation reviewed (English)", feed);
        // An English reader is led to the English page of what changed, not to the Persian one.
        var slug = Path.GetFileNameWithoutExtension(Directory.GetFiles(p.PathOf("input/translations/en/messages"), "*.md").Single(f => File.ReadAllText(f).Contains("status: reviewed")));
        var href = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(en).QuerySelectorAll("li")
            .Single(li => li.TextContent.StartsWith("Translation reviewed (English)")).QuerySelector("a")!.GetAttribute("href");
        Assert.Equal($"/en/messages/{slug}.html", new Uri(new Uri("http://site/en/changes/index.html"), href).AbsolutePath);
        Assert.Contains($"href=\"../messages/{slug}.html\"", feed);   // from en/changes/feed.xml
        Assert.Contains($"<a href=\"../messages/{slug}.html#side-en\">", changes);
        // The about page and every footer link the changes.
        Assert.Contains("href=\"../changes/index.html\"", File.ReadAllText(Path.Combine(output, "about/index.html")));
        Assert.Contains("href=\"../changes/index.html\"", File.ReadAllText(Path.Combine(output, "messages/sholeh-paydar.html")));
        Assert.Contains("href=\"changes/index.html\"", File.ReadAllText(Path.Combine(output, "en/index.html")));
    }

    /// <summary>
    /// A checkout reached through a link (as macOS's /tmp always is) is a checkout: its edition is read. git names its
    /// top resolved, and comparing that path with the root's took the folder for one inside a checkout.
    /// </summary>
    [Fact]
    public void A_checkout_reached_through_a_link_is_a_checkout()
    {
        var p = Checkout();
        var link = Path.Combine(Paths.TempDir("link"), "project");
        Directory.CreateSymbolicLink(link, p.Root);
        Assert.True(Site.Project.Git.IsCheckout(link));
        Assert.Equal(Head(p), Site.Model.Edition.Of(SiteConfig.Load(link))?.Commit);
        // A folder inside the checkout is not its top.
        Assert.False(Site.Project.Git.IsCheckout(Path.Combine(link, "input")));
    }

    [Fact]
    public async Task Two_builds_of_the_same_commit_are_byte_identical()
    {
        Machine.Require("zimwriterfs");
        Machine.Require("faketime");
        var p = Checkout();
        var config = SiteConfig.Load(p.Root);
        await SiteBuilder.BuildAsync(config, p.PathOf("output-a"));
        await SiteBuilder.BuildAsync(config, p.PathOf("output-b"));
        Dictionary<string, string> Hashes(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        var a = Hashes(p.PathOf("output-a"));
        var b = Hashes(p.PathOf("output-b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.True(kv.Value == b[kv.Key], kv.Key));
        Assert.Contains("download/congress12-fa.zim", a.Keys.Select(k => k.Replace('\\', '/')));
    }

    [Fact]
    public async Task A_translation_withdrawn_since_leaves_no_change_that_leads_nowhere_and_the_site_builds()
    {
        var p = Checkout();
        var reviewed = Directory.GetFiles(p.PathOf("input/translations/en/messages"), "*.md").Single(f => File.ReadAllText(f).Contains("status: reviewed"));
        var slug = Path.GetFileNameWithoutExtension(reviewed);
        Git(p, "2026-12-03", "rm", "-q", Path.GetRelativePath(p.Root, reviewed));
        Git(p, "2026-12-03", "commit", "-qm", "withdraw a translation");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        Assert.DoesNotContain($"{slug}.html#side-en", File.ReadAllText(Path.Combine(output, "changes/index.html")));
        Assert.DoesNotContain("Translation reviewed (English)", File.ReadAllText(Path.Combine(output, "en/changes/index.html")));
        // The original's own changes are still listed.
        Assert.Contains("Document corrected", File.ReadAllText(Path.Combine(output, "en/changes/index.html")));
    }

    [Fact]
    public async Task Outside_a_checkout_the_edition_comes_from_statiq_config_and_the_changes_page_says_there_is_no_history()
    {
        var p = new TempProject("edition-config");
        p.Write("statiq.config", p.Read("statiq.config").Replace("edition:\n  date:\n  commit:", "edition:\n  date: 2026-12-02\n  commit: abc1234"));
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        Assert.Contains("<bdi dir=\"ltr\" class=\"commit\">abc1234</bdi>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains("۱۱ آذر ۱۴۰۵", File.ReadAllText(Path.Combine(output, "messages/sholeh-paydar.html")));
        Assert.Contains("این نسخه تاریخچه تغییرها را با خود ندارد", File.ReadAllText(Path.Combine(output, "changes/index.html")));

        var bare = new TempProject("edition-none");
        var plain = bare.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(bare.Root), plain, new BuildOptions(PagesOnly: true));
        Assert.DoesNotContain("class=\"edition\"", File.ReadAllText(Path.Combine(plain, "index.html")));
    }
}
