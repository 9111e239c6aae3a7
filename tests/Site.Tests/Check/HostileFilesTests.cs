using System.Text;
using Site.Check;
using Site.Corpus;
using Site.Project;
using Site.Text;

namespace Site.Tests.Check;

/// <summary>Files that are not what a volunteer meant to save: each is one error naming the file, the line and the fix.</summary>
public class HostileFilesTests
{
    const string T = "input/translations/en/messages/mehran-hamidi.md";

    static List<Diagnostic> Errors(TempProject p) => Checker.Run(SiteConfig.Load(p.Root)).Where(f => !f.IsWarning).ToList();

    [Fact]
    public void A_translation_saved_as_latin1_is_an_error_at_its_first_bad_line()
    {
        var p = new TempProject("latin1");
        var text = p.Read(T);
        var at = text.IndexOf("author:", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        // "José Müller" as Windows-1252 or Latin-1 bytes.
        File.WriteAllBytes(p.PathOf(T), [.. Encoding.UTF8.GetBytes(text[..at]), .. Encoding.Latin1.GetBytes("author: \"José Müller\"\n"), .. Encoding.UTF8.GetBytes(text[(text.IndexOf('\n', at) + 1)..])]);
        var e = Assert.Single(Errors(p));
        Assert.Equal((T, line), (e.File, e.Line));
        Assert.Contains("not UTF-8", e.Problem);
        Assert.StartsWith("Save it as UTF-8", e.Fix);
    }

    [Fact]
    public void A_translation_saved_as_utf16_without_a_byte_order_mark_is_an_error_that_says_so()
    {
        var p = new TempProject("utf16");
        File.WriteAllBytes(p.PathOf(T), Encoding.Unicode.GetBytes(p.Read(T)));
        var e = Assert.Single(Errors(p));
        Assert.Equal((T, 1), (e.File, e.Line));
        Assert.Contains("UTF-16", e.Problem);
        Assert.DoesNotContain("control character", e.Problem);
    }

    static void Link(string link, string target) => File.CreateSymbolicLink(link, target);

    [Fact]
    public async Task A_symbolic_link_in_input_is_an_error_naming_it_and_what_it_points_to_is_never_read()
    {
        var p = new TempProject("symlink");
        var outside = Path.Combine(Paths.TempDir("outside"), "secret.md");
        File.WriteAllText(outside, p.Read(T).Replace("mehran-hamidi", "x").Replace("title: ", "title: SECRET-OUTSIDE "));
        Link(p.PathOf("input/translations/en/messages/leak.md"), outside);
        Link(p.PathOf("input/translations/en/messages/root"), "/");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var errors = Errors(p);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"check took {sw.Elapsed}");
        Assert.Equal(["input/translations/en/messages/leak.md", "input/translations/en/messages/root"], errors.Select(e => e.File));
        Assert.All(errors, e => Assert.Contains("symbolic link", e.Problem));

        var build = await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output")));
        Assert.Equal(2, build.Errors.Count);
        Assert.False(Directory.Exists(p.PathOf("output")));
    }

    [Fact]
    public void A_pipe_and_a_symbolic_link_loop_in_input_are_one_error_each()
    {
        var p = new TempProject("fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [p.PathOf("input/messages/999-pipe.md")])) mkfifo.WaitForExit();
        Link(p.PathOf("input/loop"), p.PathOf("input/loop"));
        var errors = Errors(p);
        Assert.Equal(["input/loop", "input/messages/999-pipe.md"], errors.Select(e => e.File).Order());
        Assert.Contains("not a regular file", errors.Single(e => e.File.EndsWith("pipe.md")).Problem);
    }

    [Fact]
    public async Task A_symbolic_link_in_the_theme_is_an_error_naming_it()
    {
        var p = new TempProject("theme-link");
        var theme = p.PathOf("theme");
        var shared = Directory.ResolveLinkTarget(theme, false)!.FullName;
        Directory.Delete(theme);
        CopyDir(shared, theme);
        Link(Path.Combine(theme, "assets", "extra.css"), "/etc/hostname");
        var e = Assert.Single((await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output")))).Errors);
        Assert.Equal("theme/assets/extra.css", e.File);
    }

    static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.EnumerateDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }

    [Fact]
    public void Topics_yml_as_a_folder_is_one_error_not_one_per_document()
    {
        var p = new TempProject("topics-folder");
        File.Delete(p.PathOf("input/topics.yml"));
        Directory.CreateDirectory(p.PathOf("input/topics.yml"));
        var e = Assert.Single(Errors(p));
        Assert.Equal("input/topics.yml", e.File);
        Assert.Contains("is a folder", e.Problem);
    }

    [Fact]
    public void A_translation_over_one_megabyte_is_an_error()
    {
        var p = new TempProject("huge");
        p.Write(T, p.Read(T).Replace("title: \"", "title: \"" + new string('x', TextFile.MaxBytes)));
        var e = Assert.Single(Errors(p));
        Assert.Equal(T, e.File);
        Assert.Contains("at most 1 MB", e.Problem);
    }

    [Theory]
    [InlineData("\u202E", true)]    // right-to-left override
    [InlineData("\u2066", true)]    // left-to-right isolate
    [InlineData("\u200B", true)]    // zero-width space
    [InlineData("\u200C", false)]   // ZWNJ: Persian spelling needs it
    public void Bidi_overrides_and_zero_width_characters_in_titles_and_names_are_warnings(string c, bool warned)
    {
        var p = new TempProject("bidi");
        // (A corpus title or name is a line of the sources: the coverage check already refuses any change to it.)
        p.Write(T, p.Read(T).Replace("author: \"", "author: \"" + c).Replace("title: \"", "title: \"A" + c));
        var findings = Checker.Run(SiteConfig.Load(p.Root));
        Assert.DoesNotContain(findings, f => !f.IsWarning);
        var hidden = findings.Where(f => f.Problem.Contains("invisible character")).ToList();
        if (!warned) { Assert.Empty(hidden); return; }
        Assert.Equal([(T, "author"), (T, "title")], hidden.Select(f => (f.File, f.Problem.Split('\'')[1])).Order());
        Assert.All(hidden, f => Assert.Contains($"U+{(int)c[0]:X4}", f.Problem));
    }
}
