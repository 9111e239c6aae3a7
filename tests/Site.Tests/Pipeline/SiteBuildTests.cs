using AngleSharp.Html.Parser;
using Site.Corpus;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Pipeline;

/// <summary>The whole build on the real corpus, and on broken copies of it.</summary>
public class SiteBuildTests
{
    static async Task<(string Output, BuildResult Result)> Build(TempProject p, string name = "output")
    {
        var output = p.PathOf(name);
        var result = await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);
        return (output, result);
    }

    static IEnumerable<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'));

    /// <summary>
    /// Without a repository there is nothing to propose on: the translations page tells a volunteer to send the file,
    /// as the workbench does (it promised "propose on GitHub"), in Persian, English and Arabic. With one, it names GitHub.
    /// </summary>
    [Fact]
    public async Task The_translations_page_promises_github_only_where_the_repository_is_known()
    {
        var p = new TempProject("translations-page-repo");
        var without = File.ReadAllText(Path.Combine((await Build(p)).Output, "translations/index.html"));
        var help = without[..without.IndexOf("<table", StringComparison.Ordinal)];
        Assert.DoesNotContain("GitHub", help);
        Assert.DoesNotContain("گیت‌هاب", help);
        Assert.Contains("send to the project", help);
        // An Arabic volunteer has help in Arabic beside the English.
        Assert.Contains("<div lang=\"ar\" dir=\"rtl\" class=\"howto\">", help);
        Assert.Contains("وترسله إلى المشروع", help);
        p.Write("statiq.config", p.Read("statiq.config").Replace("\nrepository:\n", "\nrepository: example/congress12\n"));
        var with = File.ReadAllText(Path.Combine((await Build(p, "output-repo")).Output, "translations/index.html"));
        Assert.Contains("propose on GitHub", with);
        Assert.Contains("before proposing the file", with);
    }

    [Fact]
    public async Task The_real_corpus_builds_every_page()
    {
        var p = new TempProject("build");
        var (output, result) = await Build(p);
        var pages = Pages(output).ToList();
        Assert.Equal(69, pages.Count(x => x.StartsWith("messages/") && x != "messages/index.html"));
        Assert.Equal(28, pages.Count(x => x.StartsWith("resolutions/") && x != "resolutions/index.html"));
        var topics = CorpusReader.Read(p.PathOf("input"), p.Root).Topics.Count;
        Assert.Equal(topics, pages.Count(x => x.StartsWith("topics/") && x != "topics/index.html"));
        foreach (var must in new[] { "index.html", "messages/index.html", "resolutions/index.html", "topics/index.html", "about/index.html", "404.html", "en/index.html", "translations/index.html" })
            Assert.Contains(must, pages);
        // Every edition has every page the Persian site has, at the same path under <lang>/ (all but the translations
        // table, the sources as received and 404, which serve every language), and nothing else.
        var persian = pages.Where(x => !x.StartsWith("en/") && !x.StartsWith("ar/") && !x.StartsWith("translations/") && !x.StartsWith("translate/") && !x.StartsWith("sources/") && x != "404.html").ToList();
        Assert.Equal(["sources/messages.html", "sources/resolutions.html"], pages.Where(x => x.StartsWith("sources/")).Order(StringComparer.Ordinal));
        foreach (var lang in new[] { "en", "ar" })
            Assert.Equal(persian.Select(x => $"{lang}/{x}").Order(StringComparer.Ordinal), pages.Where(x => x.StartsWith(lang + "/")).Order(StringComparer.Ordinal));
        foreach (var must in new[] { "sitemap.xml", "feed.xml", "robots.txt", "assets/site.css", "assets/fonts/vazirmatn-fa.woff2", "assets/fonts/vazirmatn-latin.woff2" })
            Assert.True(File.Exists(Path.Combine(output, must)), must);
        Assert.Equal(pages.Count, result.Pages);
    }

    [Fact]
    public async Task Every_page_is_persian_rtl_with_relative_links_and_nothing_from_other_hosts()
    {
        var (output, _) = await Build(new TempProject("pages"));
        var parser = new HtmlParser();
        foreach (var page in Pages(output))
        {
            var html = File.ReadAllText(Path.Combine(output, page));
            var doc = parser.ParseDocument(html);
            var expected = page.StartsWith("en/") || page.StartsWith("translate/en/") ? ("en", "ltr") : page.StartsWith("ar/") || page.StartsWith("translate/ar/") ? ("ar", "rtl") : ("fa", "rtl");
            Assert.Equal(expected, (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir")));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.DoesNotMatch("&#x0?6[0-9A-Fa-f]{2};", html);   // Persian as text, not escapes
            foreach (var e in doc.QuerySelectorAll("[href],[src]"))
            {
                var url = e.GetAttribute("href") ?? e.GetAttribute("src")!;
                Assert.False(url.StartsWith('/'), $"{page}: root-relative link {url}");
                if (e.HasAttribute("src")) Assert.DoesNotContain("//", url);
            }
        }
    }

    [Fact]
    public async Task A_message_page_has_its_apparatus()
    {
        var (output, _) = await Build(new TempProject("apparatus"));
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "messages/sabouri-nasrin.html")));
        Assert.Equal("پیام صبوری نسرین، زنی کمونیست و پزشک", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("صبوری نسرین", doc.QuerySelector(".meta")!.TextContent);
        var time = doc.QuerySelector(".meta time")!;
        Assert.Equal(("2021-11-10", "۱۹ آبان ۱۴۰۰"), (time.GetAttribute("datetime"), time.TextContent));
        var rows = doc.QuerySelectorAll(".text .row");
        Assert.Equal(Enumerable.Range(1, rows.Length).Select(i => "p" + i), rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal("#" + r.Id, r.QuerySelector("a.pl")!.GetAttribute("href")));
        Assert.NotNull(doc.QuerySelector("a[rel=prev]"));
        Assert.NotNull(doc.QuerySelector("a[rel=next]"));
        Assert.Contains("۴۴۱", doc.QuerySelector(".provenance")!.TextContent);
        // The provenance leads to its lines in the document as received (it named a file no reader could open).
        Assert.Equal("../sources/messages.html#msg-031", doc.QuerySelector(".provenance a")!.GetAttribute("href"));
        Assert.DoesNotContain(".txt", doc.QuerySelector(".provenance")!.TextContent);
        var source = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "sources/messages.html")));
        var lines = File.ReadAllLines(Path.Combine(Paths.Root, "input/sources/000_378bfbe3db330b03.txt"));
        Assert.Equal(lines.Length, source.QuerySelectorAll(".src-lines p[id^=L]").Length);
        var run = source.GetElementById("msg-031")!;
        Assert.Equal("../messages/sabouri-nasrin.html", run.QuerySelector(".src-title a")!.GetAttribute("href"));
        var inRun = run.QuerySelectorAll("p[id^=L]").Select(p => int.Parse(p.Id![1..])).ToList();
        Assert.Equal((441, 462), (inRun[0], inRun[^1]));
        // Each line as the file has it, after its number (a no-break space shown as a space).
        Assert.All(inRun, n => Assert.Equal(lines[n - 1].Replace('\u00A0', ' '), source.GetElementById("L" + n)!.TextContent[(source.GetElementById("L" + n)!.QuerySelector(".ln")!.TextContent.Length + 1)..]));
        Assert.Equal("../../sources/messages.html#msg-031",
            new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en/messages/sabouri-nasrin.html"))).QuerySelector(".provenance a")!.GetAttribute("href"));
        Assert.NotEmpty(doc.QuerySelectorAll(".topics a"));
        Assert.NotEmpty(doc.QuerySelectorAll(".related a"));
        // Translated into English, not Arabic: the English panel leads to its workbench to improve it, and the page
        // invites an Arabic translation; so does the English edition's page, to improve it.
        Assert.Equal("../translate/en/msg-031.html", doc.QuerySelector(".tr-en .tr-edition a[href*='translate/']")!.GetAttribute("href"));
        Assert.Equal(["../translate/ar/msg-031.html"], doc.QuerySelectorAll(".tr-invite a[href*='translate/']").Select(a => a.GetAttribute("href")));
        var en = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en/messages/sabouri-nasrin.html")));
        Assert.Equal("../../translate/en/msg-031.html", en.QuerySelector(".tr-by a")!.GetAttribute("href"));

        // The face a page's text needs is fetched beside the stylesheet: the Persian one for Persian and for the
        // Arabic edition (the same script; the Latin face made Arabic text wait for the stylesheet), Latin for English.
        foreach (var (page, face) in new[] { ("messages/sabouri-nasrin.html", "vazirmatn-fa"), ("ar/messages/sabouri-nasrin.html", "vazirmatn-fa"), ("en/messages/sabouri-nasrin.html", "vazirmatn-latin") })
        {
            var preload = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(output, page)), @"l\.href = ""[./]*assets/fonts/([\w-]+)\.woff2""");
            Assert.Equal((page, face), (page, preload.Groups[1].Value));
        }
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        var p = new TempProject("determinism");
        var (a, _) = await Build(p, "out-a");
        var (b, _) = await Build(p, "out-b");
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order());
        foreach (var f in files) Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f);
    }

    public static TheoryData<string, Func<TempProject, string>, string> BadInputs => new()
    {
        { "malformed YAML", p => Edit(p, "003", t => t.Replace("order: 3", "order: \"3")), "the quote (\") that opens the value on this line is not closed" },
        { "wrong kind of value", p => Edit(p, "003", t => t.Replace("order: 3", "order: [3]")), "'order' should be a number" },
        { "missing field", p => Edit(p, "004", t => t.Replace("title: ", "titel: ")), "unknown field 'titel'" },
        { "duplicate slug", p => Edit(p, "005", t => t.Replace("slug: jam-az-bazneshastegan", "slug: kian-rezaei")), "is used by" },
        { "duplicate id", p => Edit(p, "006", t => t.Replace("id: msg-006", "id: msg-001")), "the id 'msg-001'" },
        { "unknown topic", p => Edit(p, "007", t => t.Replace("topics:\n-", "topics:\n- nonsense\n-")), "unknown topic 'nonsense'" },
        // (An unreadable file: NoStackTraceTests, which can make one even when the tests run as root.)
        { "symbolic link", p => { var f = p.PathOf("input/messages/070-gone.md"); File.CreateSymbolicLink(f, "/nonexistent/file.md"); return "input/messages/070-gone.md"; }, "is a symbolic link" },
    };

    static string Edit(TempProject p, string order, Func<string, string> change)
    {
        var file = p.Message(order);
        var before = p.Read(file);
        var after = change(before);
        Assert.NotEqual(before, after);
        p.Write(file, after);
        return file;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_stops_the_build_naming_file_and_line_and_keeps_the_previous_site(string what, Func<TempProject, string> breakIt, string problem)
    {
        var p = new TempProject("bad-" + what.Replace(' ', '-'));
        var (output, _) = await Build(p);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
        var file = breakIt(p);

        var e = await Assert.ThrowsAsync<SiteError>(() => Build(p));
        Assert.Contains(e.Errors, err => err.Problem.Contains(problem) && (err.File == file || err.Problem.Contains(Path.GetFileName(file)) || file.Contains(err.File)) && err.Fix.Length > 0);
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
        Assert.DoesNotContain(Directory.GetDirectories(p.Root), d => Path.GetFileName(d).StartsWith("output."));   // no staging folder left behind
    }

    [Fact]
    public async Task The_build_command_prints_errors_plainly_and_exits_non_zero()
    {
        var p = new TempProject("cli");
        Edit(p, "003", t => t.Replace("order: 3", "order: [3"));
        var err = new StringWriter();
        var old = Console.Error;
        Console.SetError(err);
        int code;
        try
        {
            code = Site.Cli.Commands.Create().Parse(["build", "--root", p.Root, "--output", p.PathOf("out")]).Invoke();
        }
        finally { Console.SetError(old); }
        Assert.Equal(1, code);
        var text = err.ToString();
        Assert.Matches(@"input/messages/003-[a-z-]+\.md:5: error: ", text);
        Assert.Contains("fix: ", text);
        Assert.DoesNotContain("   at ", text);   // no stack trace
        // The corpus is read whole before the build stops: the count says the list is complete, even of one.
        Assert.EndsWith("1 error(s)", text.TrimEnd());
    }

    [Theory]
    [InlineData(".")]          // the project itself
    [InlineData("input")]      // the corpus
    [InlineData("precious")]   // a folder of someone's files
    public async Task The_build_refuses_to_replace_a_folder_it_did_not_make(string target)
    {
        var p = new TempProject("refuse-" + target.Trim('.'));
        p.Write("precious/notes.txt", "mine");
        var before = Directory.EnumerateFiles(p.Root, "*", SearchOption.AllDirectories).Count();
        var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf(target)));
        Assert.Contains("output folder", e.Problem);
        Assert.Equal(before, Directory.EnumerateFiles(p.Root, "*", SearchOption.AllDirectories).Count());
        Assert.Equal("mine", p.Read("precious/notes.txt"));
    }

    [Fact]
    public async Task With_a_base_url_pages_get_canonical_urls_and_open_graph_and_the_sitemap_is_absolute()
    {
        var p = new TempProject("base-url");
        p.Write("statiq.config", p.Read("statiq.config").Replace("base_url:", "base_url: https://example.org/congress12/"));
        var (output, _) = await Build(p);
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "messages/sholeh-paydar.html")));
        Assert.Equal("https://example.org/congress12/messages/sholeh-paydar.html", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("fa_IR", doc.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Contains("<loc>https://example.org/congress12/messages/sholeh-paydar.html</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        Assert.Contains("Sitemap: https://example.org/congress12/sitemap.xml", File.ReadAllText(Path.Combine(output, "robots.txt")));
        // Internal links stay relative even so: mirrors and file:// copies keep working.
        Assert.All(doc.QuerySelectorAll("a[href]"), a => Assert.False(a.GetAttribute("href")!.StartsWith("https://example.org")));
    }

    [Fact]
    public async Task Pages_stay_within_the_budget()
    {
        var (output, _) = await Build(new TempProject("budget"));
        var biggestMessage = new[] { "messages", "en/messages", "ar/messages", "resolutions", "en/resolutions", "ar/resolutions" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(output, d))).Where(f => !f.EndsWith("index.html")).Max(f => new FileInfo(f).Length);
        Assert.InRange(biggestMessage, 1, 40 * 1024);
        Assert.InRange(new FileInfo(Path.Combine(output, "assets/site.css")).Length, 1, 30 * 1024);
        Assert.InRange(Directory.EnumerateFiles(Path.Combine(output, "assets/fonts"), "*.woff2").Sum(f => new FileInfo(f).Length), 1, 40 * 1024);
    }
}
