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
        var links = about.QuerySelectorAll("a[download]").ToList();
        Assert.Equal(["../download/congress12-site.zip", "../download/congress12-fa.epub", "../download/congress12-en.epub"], links.Select(a => a.GetAttribute("href")));
        foreach (var a in links)
        {
            var kb = (int)Math.Ceiling(new FileInfo(Path.Combine(output, "about", a.GetAttribute("href")!)).Length / 1024.0);
            Assert.Contains(Site.Text.PersianText.Digits(kb) + " کیلوبایت", a.ParentElement!.TextContent);
        }
    }

    [Fact]
    public async Task The_offline_copy_holds_the_whole_site_without_the_search_index()
    {
        var output = await Built.Value;
        using var zip = ZipFile.OpenRead(Path.Combine(output, "download/congress12-site.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(f => "congress12/" + Path.GetRelativePath(output, f).Replace('\\', '/'));
        Assert.All(pages, p => Assert.Contains(p, names));
        Assert.Contains("congress12/assets/fonts/vazirmatn.woff2", names);
        Assert.DoesNotContain(names, n => n.Contains("/pagefind/") || n.Contains("/download/"));
        // The copy's about page does not link the download it is.
        using var about = new StreamReader(zip.GetEntry("congress12/about/index.html")!.Open());
        Assert.DoesNotContain("download/", await about.ReadToEndAsync());
    }

    [Theory]
    [InlineData("congress12-fa.epub")]
    [InlineData("congress12-en.epub")]
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
}
