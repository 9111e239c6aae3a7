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

    /// <summary>
    /// A source saved in another encoding (Windows-1256, say) is an error at its first bad line for check and for
    /// import too, as for the build; import used to write a corpus of replacement characters, and check passed it.
    /// </summary>
    [Fact]
    public void A_source_that_is_not_utf8_is_an_error_for_check_and_import_and_import_writes_nothing()
    {
        var p = new TempProject("source-not-utf8");
        var config = SiteConfig.Load(p.Root);
        var source = $"input/sources/{config.Sources.Messages}";
        var bytes = File.ReadAllBytes(p.PathOf(source));
        var at = 0;
        for (var n = 0; n < 4; n++) at = Array.IndexOf(bytes, (byte)'\n', at) + 1;
        File.WriteAllBytes(p.PathOf(source), [.. bytes[..at], 0xE9, .. bytes[at..]]);
        var e = Assert.Single(Errors(p));
        Assert.Equal((source, 5), (e.File, e.Line));
        Assert.Contains("not UTF-8", e.Problem);

        var message = p.Message("012");
        var before = p.Read(message);
        var (code, _, err) = Site.Tests.Cli.SiteProgram.Run(["import", "--force", "--root", p.Root], p.Root);
        Assert.Equal(1, code);
        Assert.Contains(source + ":5: error:", err);
        Assert.Equal(before, p.Read(message));
    }

    /// <summary>
    /// U+0080–U+009F (what a file converted from a Windows code page can hold) no page may show: an error at its
    /// line, as the C0 controls are. They used to pass check and the build, and fail the HTML checker.
    /// </summary>
    [Fact]
    public void A_c1_control_character_in_a_translation_is_an_error_at_its_line()
    {
        var p = new TempProject("c1-control");
        var text = p.Read(T);
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("title: ", "title: \u0085");
        p.Write(T, string.Join('\n', lines));
        var e = Assert.Single(Errors(p));
        Assert.Equal((T, at + 1), (e.File, e.Line));
        Assert.Contains("U+0085", e.Problem);
    }

    /// <summary>
    /// A message saved as .txt or .MD, or moved into a folder, is not read: an error names it (there were only errors
    /// about its source lines being in no document, which never named the file).
    /// </summary>
    [Theory]
    [InlineData(".txt")]
    [InlineData(".MD")]
    [InlineData("/old/")]
    public void A_document_the_reader_skips_is_named(string how)
    {
        var p = new TempProject("skipped-doc");
        var message = p.Message("012");
        var name = Path.GetFileNameWithoutExtension(message);
        var moved = how.StartsWith('/') ? $"input/messages{how}{name}.md" : $"input/messages/{name}{how}";
        Directory.CreateDirectory(Path.GetDirectoryName(p.PathOf(moved))!);
        File.Move(p.PathOf(message), p.PathOf(moved));
        var named = how.StartsWith('/') ? "input/messages/old" : moved;
        var e = Assert.Single(Errors(p), f => f.File == named);
        Assert.Contains("not read", e.Problem);
        // A backup or a dot-file is no one's document.
        File.Move(p.PathOf(moved), p.PathOf(message));
        if (how.StartsWith('/')) Directory.Delete(p.PathOf("input/messages/old"));
        File.WriteAllText(p.PathOf(message + "~"), "backup");
        File.WriteAllText(p.PathOf("input/messages/.DS_Store"), "x");
        Assert.Empty(Errors(p));
    }

    /// <summary>A topic's label in a language the site does not publish, or in Persian, is a warning at its line: no page shows it.</summary>
    [Fact]
    public void A_topic_label_no_page_shows_is_a_warning_at_its_line()
    {
        var p = new TempProject("topic-labels");
        var text = p.Read("input/topics.yml");
        var first = text.IndexOf("    labels: {ar: ", StringComparison.Ordinal);
        var line = text[..first].Count(c => c == '\n') + 1;
        p.Write("input/topics.yml", text[..first] + "    labels: {de: Grüße, fa: y, ar: " + text[(first + "    labels: {ar: ".Length)..]);
        var found = Checker.Run(SiteConfig.Load(p.Root)).Where(f => f.File == "input/topics.yml").ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.True(f.IsWarning && f.Line == line, f.ToString()));
        Assert.Contains(found, f => f.Problem.Contains("in 'de'"));
        Assert.Contains(found, f => f.Problem.Contains("in 'fa'"));
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
        Link(Path.Combine(theme, "assets", "linked.css"), "/etc/hostname");
        var e = Assert.Single((await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output")))).Errors);
        Assert.Equal("theme/assets/linked.css", e.File);
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

    [Theory]
    [InlineData("brackets")]
    [InlineData("stars")]
    [InlineData("list")]
    public async Task Markdown_nested_too_deeply_is_one_error_at_its_line_in_check_and_in_build(string shape)
    {
        const string Paydar = "input/translations/en/messages/sholeh-paydar.md";
        var p = new TempProject("deep-" + shape);
        var text = p.Read(Paydar);
        const string First = "Greetings to the Congress of the Worker-communist Party";
        var line = text[..text.IndexOf(First, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        p.Write(Paydar, text.Replace(First, shape switch
        {
            "brackets" => new string('[', 256) + "x",
            "stars" => new string('*', 600) + "x" + new string('*', 600),
            _ => string.Concat(Enumerable.Repeat("- ", 2000)) + "x",
        }));
        var e = Assert.Single(Errors(p));
        Assert.Equal((Paydar, line), (e.File, e.Line));
        Assert.Contains("nested more than", e.Problem);
        Assert.Contains("backslash", e.Fix);

        var build = await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output")));
        Assert.Equal((Paydar, line), (build.File, build.Line));
    }

    // Every YAML the project reads: front-matter of translations and documents, topics, settings, glossary, strings.
    [Theory]
    [InlineData(T, "status: ")]
    [InlineData("input/messages/003", "kind: ")]
    [InlineData("input/topics.yml", "    fa: ")]
    [InlineData("statiq.config", "output: ")]
    [InlineData("input/glossary.yml", "    en: ")]
    [InlineData("theme/strings/en.yml", "home: ")]
    public void A_yaml_key_given_twice_is_one_error_naming_both_lines(string file, string key)
    {
        var p = new TempProject("twice");
        if (file.StartsWith("input/messages/", StringComparison.Ordinal)) file = p.Message(file[^3..]);
        if (file.StartsWith("theme/", StringComparison.Ordinal))
        {
            var shared = Directory.ResolveLinkTarget(p.PathOf("theme"), false)!.FullName;
            Directory.Delete(p.PathOf("theme"));
            CopyDir(shared, p.PathOf("theme"));
        }
        var lines = p.Read(file).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key, StringComparison.Ordinal));
        lines.Insert(at + 1, lines[at]);
        p.Write(file, string.Join('\n', lines));

        List<Diagnostic> errors;
        try
        {
            // check does not read the interface's strings; the build does, through this.
            if (file.StartsWith("theme/", StringComparison.Ordinal)) { Site.Model.UiStrings.Load(p.PathOf("theme"), "en"); errors = []; }
            else errors = Errors(p);
        }
        catch (SiteError e) { errors = [.. e.Errors]; }
        var error = Assert.Single(errors);
        Assert.Equal((file, at + 2), (error.File, error.Line));
        Assert.StartsWith($"'{key.Trim().TrimEnd(':')}' is given twice, on lines {at + 1} and {at + 2}", error.Problem);
    }
}
