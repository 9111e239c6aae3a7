using System.IO.Compression;
using System.Text.RegularExpressions;
using Site.Output;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Output;

/// <summary>The font cut to the site's characters: every character shown is in it, and a first visit stays small.</summary>
public class FontTests
{
    static async Task<(string Output, BuildResult Result)> Build(TempProject p)
    {
        var output = p.PathOf("output");
        return (output, await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output));
    }

    static IEnumerable<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Where(f => !f.Contains("/pagefind/"));

    /// <summary>The characters of a page a reader can see (tags, comments and scripts left out; entities decoded).</summary>
    static IEnumerable<int> Shown(string html)
    {
        html = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>|<!--.*?-->", "", RegexOptions.Singleline);
        var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));
        // Attribute values a reader sees: placeholders, alt texts.
        foreach (Match m in Regex.Matches(html, "(?:placeholder|alt|value)=\"([^\"]*)\"")) text += System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
        return text.EnumerateRunes().Select(r => r.Value).Where(cp => !Fonts.IsInvisible(cp) && cp != ' ');
    }

    static List<string> Missing(IEnumerable<string> files, HashSet<int> font, string root) =>
        files.SelectMany(f => Shown(File.ReadAllText(f)).Where(cp => !font.Contains(cp)).Distinct()
            .Select(cp => $"{Path.GetRelativePath(root, f)}: '{char.ConvertFromUtf32(cp)}' U+{cp:X4}")).ToList();

    /// <summary>
    /// node_modules may belong to another user (a root-owned layer, 'sudo npm ci'): the cache kept in it cannot be
    /// written. The font is cut all the same and the site is built; the cache only saves time. (Here .cache is a file,
    /// so no folder can be made in it.)
    /// </summary>
    [Fact]
    public async Task A_cache_that_cannot_be_written_does_not_stop_the_build()
    {
        var p = new TempProject("cache-unwritable");
        var modules = p.PathOf("node_modules");
        var shared = new DirectoryInfo(modules).LinkTarget!;
        File.Delete(modules);
        Directory.CreateDirectory(modules);
        foreach (var entry in Directory.EnumerateFileSystemEntries(shared).Where(e => Path.GetFileName(e) != ".cache"))
            if (Directory.Exists(entry)) Directory.CreateSymbolicLink(Path.Combine(modules, Path.GetFileName(entry)), entry);
            else File.CreateSymbolicLink(Path.Combine(modules, Path.GetFileName(entry)), entry);
        File.WriteAllText(Path.Combine(modules, ".cache"), "not a folder");
        // A character no other build has, so that the font is cut now rather than found in a cache.
        var message = p.Message("012");
        p.Write(message, p.Read(message).TrimEnd() + " ŧ\n");
        var output = p.PathOf("output");
        var result = await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output, new BuildOptions(PagesOnly: true));
        Assert.True(result.Pages > 500);
        Assert.True(new FileInfo(Path.Combine(output, Site.Model.Urls.FontPersian)).Length > 10_000);
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(modules, ".cache")));
    }

    [Fact]
    public async Task Every_character_of_every_page_and_of_every_epub_is_in_the_shipped_font()
    {
        var (output, result) = await Build(new TempProject("glyphs"));
        var fa = Woff2.CodePoints(File.ReadAllBytes(Path.Combine(output, "assets/fonts/vazirmatn-fa.woff2")));
        var latin = Woff2.CodePoints(File.ReadAllBytes(Path.Combine(output, "assets/fonts/vazirmatn-latin.woff2")));
        // The faces split the characters as the stylesheet's unicode-range says.
        Assert.All(latin, cp => Assert.True(Fonts.IsLatinLetter(cp), $"U+{cp:X4} in the Latin face"));
        Assert.DoesNotContain(fa, Fonts.IsLatinLetter);
        Assert.Empty(Missing(Pages(output), [.. fa, .. latin], output));
        Assert.DoesNotContain(result.Warnings, w => w.Problem.Contains("Vazirmatn"));

        // Every book (the Persian one and each edition's) draws all its characters with the face it embeds.
        var epubs = Directory.GetFiles(Path.Combine(output, "download"), "*.epub").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["congress12-ar.epub", "congress12-en.epub", "congress12-fa.epub"], epubs.Select(Path.GetFileName));
        foreach (var epub in epubs)
        {
            var book = Path.Combine(Paths.TempDir("epub-glyphs-" + Path.GetFileNameWithoutExtension(epub)));
            ZipFile.ExtractToDirectory(epub, book);
            var font = Woff2.CodePoints(File.ReadAllBytes(Path.Combine(book, "EPUB/fonts/vazirmatn.woff2")));
            Assert.Empty(Missing(Directory.EnumerateFiles(book, "*.xhtml", SearchOption.AllDirectories), font, book));
        }
    }

    [Fact]
    public async Task A_character_the_font_lacks_is_found_on_the_page_and_named_at_its_file_and_line()
    {
        var p = new TempProject("glyph-missing");
        var file = p.Message("012");
        var lines = File.ReadAllLines(p.PathOf(file));
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        lines[last] += " ⇄";
        p.Write(file, string.Join("\n", lines) + "\n");
        var (output, result) = await Build(p);
        var fa = Woff2.CodePoints(File.ReadAllBytes(Path.Combine(output, "assets/fonts/vazirmatn-fa.woff2")));
        var latin = Woff2.CodePoints(File.ReadAllBytes(Path.Combine(output, "assets/fonts/vazirmatn-latin.woff2")));
        Assert.Contains(Missing(Pages(output), [.. fa, .. latin], output), m => m.Contains("U+21C4"));
        var warning = Assert.Single(result.Warnings, w => w.Problem.Contains("U+21C4"));
        Assert.Equal(file, warning.File);
        Assert.Equal(last + 1, warning.Line);
    }

    /// <summary>A cold first visit, as a static host serves it (gzip for text, woff2 as is): the page, the stylesheet,
    /// the script and both font faces (every Persian page shows a Latin word or two, the English link).</summary>
    static long FirstVisit(string output, string page)
    {
        long Gz(string rel) { using var ms = new MemoryStream(); using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(File.ReadAllBytes(Path.Combine(output, rel))); return ms.Length; }
        long Size(string rel) => new FileInfo(Path.Combine(output, rel)).Length;
        return Gz(page) + Gz("assets/site.css") + Gz("assets/site.js") + Size("assets/fonts/vazirmatn-fa.woff2") + Size("assets/fonts/vazirmatn-latin.woff2");
    }

    [Fact]
    public async Task A_first_visit_to_any_message_the_home_or_the_english_home_moves_at_most_50_KB()
    {
        var (output, _) = await Build(new TempProject("first-visit"));
        var pages = Directory.EnumerateFiles(Path.Combine(output, "messages"), "*.html").Select(f => "messages/" + Path.GetFileName(f))
            .Append("index.html").Append("en/index.html").ToList();
        Assert.All(pages, page => Assert.InRange(FirstVisit(output, page), 1, 50 * 1024));
    }
}
