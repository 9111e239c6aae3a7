using AngleSharp.Html.Parser;
using Site.Check;
using Site.Pipeline;
using Site.Project;
using Site.Translations;

namespace Site.Tests.Translations;

/// <summary>
/// When a paragraph of the original changes after it was translated, the old and the new wording are shown word by
/// word: under the paragraph on the page, in check's warning, and above the slot in the workbench. An editor can
/// say the change was editorial, and the translations stop being stale.
/// </summary>
public class WhatChangedTests
{
    const string Before = "اگر درسی بخوانیم";
    const string After = "اگر درس بخوانیم";
    const string Page = "messages/sholeh-paydar.html";

    static (TempProject Project, string File) Changed(string name)
    {
        var (p, file) = TranslationFixture.Filled(name);
        var original = p.Message("015");
        p.Write(original, p.Read(original).Replace(Before, After));   // paragraph 3 of the original
        return (p, file);
    }

    /// <summary>
    /// A hash written in capitals is the same hash: nothing is called changed, and a changed paragraph still finds its
    /// old wording. (Every paragraph was shown to readers as changed since its translation.)
    /// </summary>
    [Fact]
    public void A_hash_in_capitals_is_the_same_hash()
    {
        var (p, file) = TranslationFixture.Filled("hash-capitals");
        var text = p.Read(file);
        var line = System.Text.RegularExpressions.Regex.Match(text, "(?m)^source_hashes: .*$").Value;
        p.Write(file, text.Replace(line, line.ToUpperInvariant().Replace("SOURCE_HASHES", "source_hashes")));
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == file);
        // The original changed: only paragraph 3 is, with its old wording.
        var original = p.Message("015");
        p.Write(original, p.Read(original).Replace(Before, After));
        var stale = Assert.Single(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == file);
        Assert.StartsWith("paragraph 3 of the original changed since it was translated: ", stale.Problem);
        Assert.Equal(0, Site.Cli.Commands.Create().Parse(["editorial", "msg-015", "--root", p.Root]).Invoke());
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == file);
    }

    [Fact]
    public void Word_diff_marks_the_words_that_went_and_came()
    {
        var pieces = WordDiff.Between("ما کارگران نفت هستیم و اعتصاب کردیم", "ما کارگران پتروشیمی هستیم و اعتصاب کردیم");
        Assert.Equal([new(DiffKind.Same, "ما کارگران"), new(DiffKind.Removed, "نفت"), new(DiffKind.Added, "پتروشیمی"), new(DiffKind.Same, "هستیم و اعتصاب کردیم")], pieces);
        Assert.Equal("ما کارگران [-نفت-] {+پتروشیمی+} هستیم و اعتصاب …", WordDiff.Summary("ما کارگران نفت هستیم و اعتصاب کردیم", "ما کارگران پتروشیمی هستیم و اعتصاب کردیم"));
    }

    [Fact]
    public void The_old_wording_is_the_anchor_comment_only_when_it_is_what_was_pinned()
    {
        var text = "متن -- با خط";
        var hash = Site.Text.PersianText.ParagraphHash(text);
        Assert.Equal(text, OldWording.Pinned("متن - - با خط", hash));           // the scaffold's "--" escape is undone
        Assert.Equal(text, OldWording.Pinned(text, hash));
        Assert.Null(OldWording.Pinned("متنی دیگر", hash));                      // a hand-edited comment is not trusted
        Assert.Null(OldWording.Pinned(null, hash));
    }

    [Fact]
    public void Check_shows_what_changed()
    {
        var (p, file) = Changed("changed-check");
        var w = Assert.Single(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == file);
        Assert.True(w.IsWarning);
        Assert.Contains("paragraph 3 of the original changed since it was translated:", w.Problem);
        Assert.Contains("[-درسی-] {+درس+}", w.Problem);
        Assert.Contains("editorial msg-015 --paragraph 3", w.Fix);
    }

    [Fact]
    public async Task The_page_and_the_workbench_show_what_changed()
    {
        var (p, _) = Changed("changed-page");
        var output = p.PathOf("output");
        await SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output);
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(output, Page)));
        var stale = Assert.Single(page.QuerySelectorAll(".tr.stale"));
        var change = stale.QuerySelector(".change")!;
        Assert.Equal(("fa", "rtl"), (change.GetAttribute("lang"), change.GetAttribute("dir")));
        Assert.Equal("درسی", change.QuerySelector("del")!.TextContent);
        Assert.Equal("درس", change.QuerySelector("ins")!.TextContent);

        var bench = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "translate/en/msg-015.html")));
        var slot3 = bench.GetElementById("wb-s3")!.ParentElement!;
        Assert.Equal("درسی", slot3.QuerySelector(".wb-change del")!.TextContent);
        Assert.Equal("درس", slot3.QuerySelector(".wb-change ins")!.TextContent);
        Assert.Single(bench.QuerySelectorAll(".wb-change"));
        // The slot holds the translation there is, to improve.
        Assert.Equal("English paragraph 3.", bench.GetElementById("wb-s3")!.TextContent);
    }

    [Fact]
    public void Editorial_pins_the_new_wording_and_the_translation_is_current_again()
    {
        var (p, file) = Changed("editorial");
        var before = p.Read(file);
        var code = Site.Cli.Commands.Create().Parse(["editorial", "msg-015", "--paragraph", "3", "--root", p.Root]).Invoke();
        Assert.Equal(0, code);
        var after = p.Read(file);
        Assert.DoesNotContain(Checker.Run(SiteConfig.Load(p.Root)), f => f.File == file);
        Assert.Contains(After, after);
        Assert.DoesNotContain(Before, after);
        // Only the hash and the comment of paragraph 3 changed.
        var changedLines = before.Split('\n').Zip(after.Split('\n')).Count(l => l.First != l.Second);
        Assert.Equal(2, changedLines);

        // Asked about a paragraph that did not change, it changes nothing.
        Assert.Equal(0, Site.Cli.Commands.Create().Parse(["editorial", "msg-015", "--paragraph", "2", "--root", p.Root]).Invoke());
        Assert.Equal(after, p.Read(file));
        // A paragraph the document does not have is an error with a fix.
        Assert.Equal(1, Site.Cli.Commands.Create().Parse(["editorial", "msg-015", "--paragraph", "99", "--root", p.Root]).Invoke());
    }

    /// <summary>
    /// A paragraph's comment that lost its closing "-->": editorial cannot tell where the comment ends. It names the
    /// file's error and leaves every translation as it was (it used to take the paragraph and the next comment for
    /// the comment, and replace them). A translation that is not UTF-8 is named with its line, not a fault.
    /// </summary>
    [Fact]
    public void Editorial_leaves_a_translation_whose_comments_do_not_read_as_it_was()
    {
        var (p, file) = Changed("editorial-unclosed");
        var good = p.Read(file);
        var broken = System.Text.RegularExpressions.Regex.Replace(good, "(?m)^(<!-- ¶3 .*) -->$", "$1");
        Assert.NotEqual(good, broken);
        p.Write(file, broken);
        var (code, _, errors) = Site.Tests.Cli.SiteProgram.Run(["editorial", "msg-015", "--paragraph", "3", "--root", p.Root], p.Root);
        Assert.Equal(1, code);
        Assert.Contains(file + ":", errors);
        Assert.Contains("left as they are", errors);
        Assert.Equal(broken, p.Read(file));

        p.Write(file, good);
        File.WriteAllBytes(p.PathOf(file), [.. File.ReadAllBytes(p.PathOf(file)), 0xE9]);
        (code, _, errors) = Site.Tests.Cli.SiteProgram.Run(["editorial", "msg-015", "--root", p.Root], p.Root);
        Assert.Equal(1, code);
        Assert.Contains("not UTF-8", errors);
        Assert.DoesNotContain("fault in the program", errors);
    }

    /// <summary>
    /// A write that fails half way (here: the process may write no file larger than half the translation, as a full
    /// disk would stop it) leaves the volunteer's translation as it was, not cut short.
    /// </summary>
    [Fact]
    public void Editorial_that_cannot_write_the_whole_file_leaves_the_translation_as_it_was()
    {
        var (p, file) = Changed("editorial-full");
        var before = File.ReadAllBytes(p.PathOf(file));
        var blocks = Math.Max(1, before.Length / 1024 / 2);
        var psi = new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"ulimit -f {blocks}; exec dotnet \"$0\" editorial msg-015 --paragraph 3 --root \"$1\"", Site.Tests.Cli.SiteProgram.Dll, p.Root])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        // By default the runtime maps its code through a file larger than the limit; without that mapping it starts under it.
        psi.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        Assert.True(before.Length > 2048, "the translation must be larger than the limit for this test to mean anything");
        using (var run = System.Diagnostics.Process.Start(psi)!)
        {
            run.StandardOutput.ReadToEnd();
            run.StandardError.ReadToEnd();
            run.WaitForExit();
            Assert.NotEqual(0, run.ExitCode);
        }
        Assert.Equal(before, File.ReadAllBytes(p.PathOf(file)));
    }

    [Fact]
    public void Check_warns_of_links_it_will_not_keep_and_of_raw_html()
    {
        var (p, file) = TranslationFixture.Filled("rules-check", i => i switch
        {
            2 => "A [bad link](javascript:alert(1)) here.",
            4 => "Some <b>markup</b> here.",
            _ => $"English paragraph {i}.",
        });
        var findings = Checker.Run(SiteConfig.Load(p.Root)).Where(f => f.File == file).ToList();
        Assert.All(findings, f => Assert.True(f.IsWarning));
        Assert.Contains(findings, f => f.Problem.StartsWith("paragraph 2: the link to 'javascript:alert(1)'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Problem.StartsWith("paragraph 4: '<b>' is HTML", StringComparison.Ordinal));
        Assert.Equal(2, findings.Count);
    }

    /// <summary>Paragraphs far longer than any of the corpus are shown removed and added whole: word by word, two of near a megabyte took 45 s.</summary>
    [Fact]
    public void Texts_past_the_limit_are_shown_removed_and_added_whole_at_once()
    {
        var was = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"w{i}"));
        var now = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"n{i}"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pieces = WordDiff.Between(was, now);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal([DiffKind.Removed, DiffKind.Added], pieces.Select(p => p.Kind));
        Assert.Equal((was, now), (pieces[0].Text, pieces[1].Text));
        // Under the limit, word by word.
        Assert.Equal([DiffKind.Same, DiffKind.Removed, DiffKind.Added], WordDiff.Between("a b c", "a b d").Select(p => p.Kind));
    }
}
