using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Downloads;

/// <summary>The offline copy and the EPUBs the build writes, checked as a reader's tools would check them.</summary>
public class DownloadTests
{
    static readonly Lazy<Task<string>> Built = new(async () =>
    {
        var p = new TempProject("downloads");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output"));
        return p.PathOf("output");
    });

    [Fact]
    public async Task The_about_page_links_each_download_with_its_size()
    {
        var output = await Built.Value;
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "about/index.html")));
        var links = about.QuerySelectorAll(".downloads a[download]").ToList();
        // The ZIM is there where zimwriterfs is installed (a build without it says so and makes the rest).
        var zim = File.Exists(Path.Combine(output, "download/congress12-fa.zim")) ? new[] { "../download/congress12-fa.zim" } : [];
        Assert.Equal(["../download/congress12-site.zip", .. zim, "../download/congress12-fa.epub", "../download/congress12-en.epub", "../download/congress12-ar.epub"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("../download/SHA256SUMS", about.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")));
        foreach (var a in links)
        {
            var kb = (int)Math.Ceiling(new FileInfo(Path.Combine(output, "about", a.GetAttribute("href")!)).Length / 1024.0);
            Assert.Contains(Site.Text.PersianText.Digits(kb) + " کیلوبایت", a.ParentElement!.TextContent);
        }
        // An edition's about page offers every copy as the Persian one does, each named for what it is, in the edition's
        // words, and how to check a copy.
        var ar = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "ar/about/index.html")));
        var arLinks = ar.QuerySelectorAll(".downloads a[download]").ToList();
        Assert.Equal(links.Select(a => "../" + a.GetAttribute("href")), arLinks.Select(a => a.GetAttribute("href")));
        Assert.Equal(["الموقع كاملًا (zip)", .. zim.Length > 0 ? new[] { "ملف Kiwix (ZIM)، للقراءة دون اتصال في تطبيق Kiwix على أندرويد أو الحاسوب" } : [],
            "كتاب إلكتروني، الفارسية (EPUB)", "كتاب إلكتروني، English (EPUB)", "كتاب إلكتروني، العربية (EPUB)"], arLinks.Select(a => a.TextContent));
        Assert.Contains("، ", arLinks[0].ParentElement!.TextContent);
        Assert.Contains("كيلوبايت", arLinks[0].ParentElement!.TextContent);
        Assert.Contains("../../download/SHA256SUMS", ar.QuerySelectorAll("#check a[download]").Select(a => a.GetAttribute("href")));
        var en = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en/about/index.html")));
        Assert.Equal(["E-book in Persian (EPUB)", "E-book in English (EPUB)", "E-book in Arabic (EPUB)"],
            en.QuerySelectorAll(".downloads a[download]").Select(a => a.TextContent).Where(t => t.Contains("EPUB")));
        Assert.Contains("KB", en.QuerySelector(".downloads li")!.TextContent);
    }

    [Fact]
    public async Task The_offline_copy_holds_the_whole_site_without_the_search_index()
    {
        var output = await Built.Value;
        using var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-site.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(f => "congress12/" + Path.GetRelativePath(output, f).Replace('\\', '/'));
        Assert.All(pages, p => Assert.Contains(p, names));
        Assert.Contains("congress12/assets/fonts/vazirmatn-fa.woff2", names);
        Assert.DoesNotContain(names, n => n.Contains("/pagefind/") || n.Contains("/download/"));
        // The copy's about page does not link the download it is.
        using var about = new StreamReader(zip.GetEntry("congress12/about/index.html")!.Open());
        Assert.DoesNotContain("download/", await about.ReadToEndAsync());
    }

    [Theory]
    [InlineData("congress12-fa.epub")]
    [InlineData("congress12-en.epub")]
    [InlineData("congress12-ar.epub")]
    public async Task Each_epub_passes_epubcheck(string name)
    {
        var output = await Built.Value;
        var jar = Machine.Require("epubcheck");
        var psi = new ProcessStartInfo(Machine.Require("java"), ["-jar", jar, Path.Combine(output, "download", name)]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var @out = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, @out + await err);
        Assert.Contains("0 fatals / 0 errors", @out);
    }

    [Fact]
    public async Task The_persian_epub_reads_right_to_left_in_vazirmatn_with_a_table_of_contents_and_senders()
    {
        var output = await Built.Value;
        using var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-fa.epub"));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        XNamespace opf = "http://www.idpf.org/2007/opf";
        var package = XDocument.Load(zip.GetEntry("EPUB/package.opf")!.Open());
        Assert.Equal("rtl", package.Root!.Element(opf + "spine")!.Attribute("page-progression-direction")!.Value);
        Assert.Contains(package.Descendants(opf + "item"), i => i.Attribute("media-type")!.Value == "font/woff2");
        Assert.Equal(69 + 28, package.Descendants(opf + "item").Count(i => i.Attribute("href")!.Value.StartsWith("text/")));

        XNamespace x = "http://www.w3.org/1999/xhtml";
        var nav = XDocument.Load(zip.GetEntry("EPUB/nav.xhtml")!.Open());
        var sections = nav.Descendants(x + "nav").Single().Element(x + "ol")!.Elements(x + "li").ToList();
        Assert.Equal(["پیام‌ها", "قطعنامه و قرارها"], sections.Select(s => s.Element(x + "span")!.Value));
        var entries = sections[0].Descendants(x + "a").ToList();
        Assert.Equal(69, entries.Count);
        // The table of contents names the sender where the title does not already.
        Assert.Equal("پیام یک مادر به کنگره حزب — رخسانه ریحانه", entries[0].Value);
        Assert.Equal("پیام مرتضی حیدری و دوستان، کارگران نیشکر هفت‌تپه", entries[6].Value);

        var chapter = XDocument.Load(zip.GetEntry("EPUB/text/msg-015.xhtml")!.Open());
        Assert.Equal("rtl", chapter.Root!.Attribute("dir")!.Value);
        Assert.Contains("شعله پایدار", chapter.Descendants(x + "p").First(p => (string?)p.Attribute("class") == "byline").Value);
    }

    [Fact]
    public async Task An_editions_epub_holds_every_document_the_untranslated_ones_in_persian_and_marked()
    {
        var output = await Built.Value;
        using var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-ar.epub"));
        XNamespace opf = "http://www.idpf.org/2007/opf";
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var package = XDocument.Load(zip.GetEntry("EPUB/package.opf")!.Open());
        Assert.Equal("rtl", package.Root!.Element(opf + "spine")!.Attribute("page-progression-direction")!.Value);
        Assert.Equal(69 + 28, package.Descendants(opf + "item").Count(i => i.Attribute("href")!.Value.StartsWith("text/")));
        var translated = XDocument.Load(zip.GetEntry("EPUB/text/msg-015.xhtml")!.Open());
        Assert.Equal("رسالة من شعله پايدار، امرأة أفغانية مهاجرة", translated.Descendants(x + "h1").Single().Value);
        Assert.Contains("فريق المشروع", translated.Descendants(x + "p").First(p => (string?)p.Attribute("class") == "byline").Value);
        var original = XDocument.Load(zip.GetEntry("EPUB/text/msg-010.xhtml")!.Open());
        Assert.Equal("ar", original.Root!.Attribute("lang")!.Value);
        Assert.Contains("لم يُترجَم بعد", original.Descendants(x + "p").First(p => (string?)p.Attribute("class") == "byline").Value);
        Assert.Equal("fa", original.Descendants(x + "h1").Single().Attribute("lang")!.Value);
        Assert.Equal("fa", original.Descendants(x + "div").First().Attribute("lang")!.Value);
        // The table of contents marks the Persian title of an untranslated chapter as Persian too, not a translated one.
        var nav = XDocument.Load(zip.GetEntry("EPUB/nav.xhtml")!.Open());
        var entry = nav.Descendants(x + "a").Single(a => a.Attribute("href")!.Value == "text/msg-010.xhtml");
        Assert.Equal("fa", entry.Element(x + "span")!.Attribute("lang")!.Value);
        Assert.Null(nav.Descendants(x + "a").Single(a => a.Attribute("href")!.Value == "text/msg-015.xhtml").Element(x + "span"));
    }

    [Fact]
    public async Task In_an_epub_a_link_inside_the_site_keeps_its_text_and_a_link_to_the_web_stays()
    {
        var p = new TempProject("epub-links");
        const string file = "input/messages/015-sholeh-paydar.md";
        p.Write(file, p.Read(file).TrimEnd() + " [پیام دیگر](morteza-ahmadi.html) و [نشانی](https://example.org/a?b=1&c=2)\n");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output"));
        using var zip = ZipFile.OpenRead(p.PathOf("output/download/congress12-fa.epub"));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var last = XDocument.Load(zip.GetEntry("EPUB/text/msg-015.xhtml")!.Open()).Descendants(x + "p").Last();
        Assert.EndsWith("پیام دیگر و نشانی", last.Value);
        Assert.Equal("https://example.org/a?b=1&c=2", Assert.Single(last.Descendants(x + "a")).Attribute("href")!.Value);
    }
}
