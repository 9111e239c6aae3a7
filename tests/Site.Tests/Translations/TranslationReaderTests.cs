using Site.Check;
using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Tests.Translations;

public class TranslationReaderTests
{
    static List<Diagnostic> Check(TempProject p) => Checker.Run(SiteConfig.Load(p.Root));
    static List<Diagnostic> Errors(TempProject p) => Check(p).Where(f => !f.IsWarning).ToList();

    [Fact]
    public void Scaffold_writes_hashes_and_a_commented_persian_paragraph_above_each_slot_and_refuses_to_overwrite()
    {
        var p = new TempProject("scaffold");
        if (Directory.Exists(p.PathOf("input/translations"))) Directory.Delete(p.PathOf("input/translations"), true);
        var config = SiteConfig.Load(p.Root);
        var corpus = CorpusReader.Read(config.InputDir, config.Root);
        var file = Scaffold.Create(config, corpus, TranslationFixture.Id, "en");
        Assert.Equal("input/translations/en/messages/sholeh-paydar.md", file);
        var text = p.Read(file);
        var original = corpus.All.Single(d => d.Id == TranslationFixture.Id);
        Assert.Contains("translation_of: msg-015", text);
        Assert.Contains("source_hashes: [" + string.Join(", ", original.Paragraphs.Select(Site.Text.PersianText.ParagraphHash)) + "]", text);
        Assert.Equal(original.Paragraphs.Count, System.Text.RegularExpressions.Regex.Matches(text, "<!-- ¶").Count);
        Assert.Contains("<!-- ¶2 — " + original.Paragraphs[1], text);
        var e = Assert.Throws<SiteError>(() => Scaffold.Create(config, corpus, TranslationFixture.Id, "en"));
        Assert.Contains("exists already", e.Problem);
        Assert.Equal(text, p.Read(file));
        // Persian is the originals' language, not one to translate into (the fix once said to add it to the config).
        var fa = Assert.Throws<SiteError>(() => Scaffold.Create(config, corpus, TranslationFixture.Id, "fa"));
        Assert.Contains("originals' language", fa.Problem);
        Assert.DoesNotContain("translations:", fa.Fix);
        // No working file is left beside the one written.
        Assert.Equal(["sholeh-paydar.md"], Directory.GetFiles(p.PathOf("input/translations/en/messages")).Select(Path.GetFileName));
        // An id typed short is answered with what it may mean; a language code in capitals is the same language.
        var near = Assert.Throws<SiteError>(() => Scaffold.Create(config, corpus, "15", "en"));
        Assert.StartsWith("Did you mean msg-015 (" + original.Title + ") or res-15 (", near.Fix);
        Assert.StartsWith("Did you mean res-03 (", Assert.Throws<SiteError>(() => Scaffold.Create(config, corpus, "res3", "en")).Fix);
        Assert.Equal("input/translations/ar/messages/sholeh-paydar.md", Scaffold.Create(config, corpus, "msg-015", "AR"));
        // The same translation renamed by hand is found: translate does not start a second one beside it.
        File.Move(p.PathOf(file), p.PathOf("input/translations/en/messages/sholeh.md"));
        var renamed = Assert.Throws<SiteError>(() => Scaffold.Create(config, corpus, TranslationFixture.Id, "en"));
        Assert.Equal(("input/translations/en/messages/sholeh.md", "this file translates msg-015 into 'en' already"), (renamed.File, renamed.Problem));
        Assert.Equal(["sholeh.md"], Directory.GetFiles(p.PathOf("input/translations/en/messages")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_named_as_a_translation_a_title_a_page_long_and_old_mac_line_ends()
    {
        var (p, file) = TranslationFixture.Filled("odd-files");
        Directory.CreateDirectory(p.PathOf("input/translations/en/messages/another.md"));
        var text = p.Read(file);
        var title = System.Text.RegularExpressions.Regex.Match(text, "(?m)^title: .*$").Value;
        p.Write(file, text.Replace(title, "title: " + new string('x', 400)));
        var found = Check(p);
        Assert.Contains(found, f => f.File == "input/translations/en/messages/another.md" && f.Problem == "is a folder, not a translation file");
        Assert.Contains(found, f => f.File == file && f.Problem == "'title' is 400 characters long; it may be at most 300" && f.Line == text.Split('\n').ToList().IndexOf(title) + 1);

        // Carriage returns alone end lines as line feeds do (a file from an old Mac editor).
        var (q, qfile) = TranslationFixture.Filled("old-mac");
        q.Write(qfile, q.Read(qfile).Replace('\n', '\r'));
        Assert.Empty(Check(q));
    }

    [Fact]
    public void A_filled_scaffold_passes_check_and_aligns_paragraph_by_paragraph()
    {
        var (p, _) = TranslationFixture.Filled("filled");
        Assert.Empty(Check(p));
        var config = SiteConfig.Load(p.Root);
        var tr = Assert.Single(TranslationReader.ReadAll(config, CorpusReader.Read(config.InputDir, config.Root)).Translations);
        Assert.Equal("English paragraph 3.", tr.Paragraphs[2].Text);
        Assert.Equal(tr.Original.Paragraphs.Count, tr.Paragraphs.Count);
    }

    [Fact]
    public void A_translations_text_keeps_its_own_letters_and_digits_and_only_its_white_space_is_made_even()
    {
        // Persian normalization (ي → ی, ك → ک, ٣ → ۳) is for the originals: in an Arabic translation it misspelt the
        // excerpts and descriptions made from the text ("فی", "الثانی").
        var (p, file) = TranslationFixture.Filled("arabic-letters", i => i == 1 ? "في  المؤتمر الثاني عشر كانت ٣ جلسات" : $"English paragraph {i}.");
        var config = SiteConfig.Load(p.Root);
        var tr = Assert.Single(TranslationReader.ReadAll(config, CorpusReader.Read(config.InputDir, config.Root)).Translations);
        Assert.Equal("في المؤتمر الثاني عشر كانت ٣ جلسات", tr.Paragraphs[0].Text);
    }

    [Fact]
    public void The_original_pasted_in_a_slot_is_warned_at_its_line()
    {
        var config0 = SiteConfig.Load(new TempProject("pasted-original-read").Root);
        var original = CorpusReader.Read(config0.InputDir, config0.Root).All.Single(d => d.Id == TranslationFixture.Id).Paragraphs[3];
        var (p, file) = TranslationFixture.Filled("pasted-original", i => i == 4 ? original : $"English paragraph {i}.");
        var warning = Assert.Single(Check(p));
        Assert.True(warning.IsWarning);
        Assert.Contains("paragraph 4 is the original's text", warning.Problem);
        Assert.Equal(original, p.Read(file).Split('\n')[warning.Line - 1]);
    }

    [Fact]
    public void A_signed_messages_sender_left_empty_is_warned_at_its_line()
    {
        var (p, file) = TranslationFixture.Filled("empty-sender");
        p.Write(file, p.Read(file).Replace("author: \"Shoaleh Paydar\"", "author: \"\""));
        var warning = Assert.Single(Check(p), f => f.Problem.Contains("'author' is empty"));
        Assert.True(warning.IsWarning);
        Assert.Equal(file, warning.File);
        Assert.StartsWith("author:", p.Read(file).Split('\n')[warning.Line - 1]);
        Assert.Contains("شعله پایدار", warning.Problem);
    }

    public static TheoryData<string, Func<string, string>, string, string> Broken => new()
    {
        { "unknown original", t => t.Replace("translation_of: msg-015", "translation_of: msg-999"), "translation_of", "no message or resolution with the id 'msg-999'" },
        { "language not configured", t => t.Replace("lang: en", "lang: de"), "lang", "the language 'de' is not one the site publishes" },
        { "missing translators", t => t.Replace("translators: [Test Translator]", "translators: []"), "translators", "'translators' is missing" },
        { "missing status", t => t.Replace("status: draft", ""), "translators", "'status' is missing" },
        { "malformed YAML", t => t.Replace("title: \"Message from Shoaleh Paydar\"", "title: \"Message from"), "title", "the quote (\") that opens the value on this line is not closed" },
        { "paragraph missing", t => t.Replace("English paragraph 4.", ""), "<!-- ¶4", "paragraph 4 is not translated yet" },
        { "paragraph split in two", t => t.Replace("English paragraph 5.", "English paragraph 5a.\n\nEnglish paragraph 5b."), "English paragraph 5b.", "paragraph 5 is translated as 2 paragraphs" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_error_names_file_line_and_fix(string what, Func<string, string> breakIt, string lineStartsWith, string problem)
    {
        var (p, file) = TranslationFixture.Filled("broken-" + what.Replace(' ', '-'));
        p.Write(file, breakIt(p.Read(file)));
        var lines = p.Read(file).Split('\n');
        var errors = Errors(p);
        var e = Assert.Single(errors, e => e.Problem.Contains(problem));
        Assert.Equal(file, e.File);
        Assert.False(string.IsNullOrWhiteSpace(e.Fix));
        if (what != "missing status")
            Assert.StartsWith(lineStartsWith, lines[e.Line - 1].TrimStart());
        Assert.InRange(e.Line, 1, lines.Length);
    }

    [Fact]
    public void Without_the_scaffold_comments_the_paragraph_count_must_match()
    {
        var (p, file) = TranslationFixture.Filled("no-anchors");
        var stripped = System.Text.RegularExpressions.Regex.Replace(p.Read(file), @"<!-- ¶[\s\S]*?-->\n", "");
        p.Write(file, stripped.Replace("English paragraph 7.\n", ""));
        var e = Assert.Single(Errors(p));
        Assert.Contains("paragraph(s), but the original has", e.Problem);
    }

    [Fact]
    public void A_changed_source_paragraph_is_a_warning_that_names_the_paragraph()
    {
        var (p, file) = TranslationFixture.Filled("stale");
        var original = p.Message("015");
        var text = p.Read(original);
        p.Write(original, text.Replace("اگر درسی بخوانیم", "اگر درس بخوانیم"));   // paragraph 3 of the original
        // The corpus no longer matches its source: that is check's business, not this test's.
        var findings = Check(p).Where(f => f.File == file).ToList();
        var w = Assert.Single(findings);
        Assert.True(w.IsWarning);
        Assert.Contains("paragraph 3 of the original changed", w.Problem);
        Assert.Equal("English paragraph 3.", p.Read(file).Split('\n')[w.Line - 1]);

        // Spelling that normalization folds (Arabic ي) does not make a translation stale.
        var (q, qfile) = TranslationFixture.Filled("not-stale");
        var qo = q.Message("015");
        q.Write(qo, q.Read(qo).Replace("اگر درسی بخوانیم", "اگر درسي بخوانیم"));
        Assert.DoesNotContain(Check(q), f => f.File == qfile);
    }

    [Fact]
    public void Text_on_the_comments_line_after_it_belongs_to_the_paragraph_and_indented_comments_still_count()
    {
        var (p, file) = TranslationFixture.Filled("anchor-lines");
        var text = p.Read(file);
        text = text.Replace("\n<!-- ¶2 ", "\n   <!-- ¶2 ");                                   // indented, as pasted from a guide
        text = System.Text.RegularExpressions.Regex.Replace(text, "(<!-- ¶3 [^\n]*-->)\n\nEnglish paragraph 3\\.", "$1 English paragraph 3.");
        p.Write(file, text);
        Assert.Empty(Errors(p));
        var config = SiteConfig.Load(p.Root);
        var tr = Assert.Single(TranslationReader.ReadAll(config, CorpusReader.Read(config.InputDir, config.Root)).Translations);
        Assert.Equal("English paragraph 3.", tr.Paragraphs[2].Text);
        Assert.Equal("English paragraph 2.", tr.Paragraphs[1].Text);
    }

    [Fact]
    public void Text_before_a_comment_on_its_line_and_comments_out_of_order_are_errors()
    {
        var (p, file) = TranslationFixture.Filled("anchor-errors");
        var text = p.Read(file);
        text = text.Replace("English paragraph 4.\n", "").Replace("\n<!-- ¶5 ", "\nEnglish paragraph 4. <!-- ¶5 ");
        p.Write(file, text);
        Assert.Contains(Errors(p), e => e.Problem.Contains("text before the comment of paragraph 5"));

        // Two comments' numbers swapped: the Persian in each says which it is.
        var (q, qfile) = TranslationFixture.Filled("anchor-numbers");
        q.Write(qfile, q.Read(qfile).Replace("<!-- ¶7 ", "<!-- ¶8x ").Replace("<!-- ¶8 ", "<!-- ¶7 ").Replace("<!-- ¶8x ", "<!-- ¶8 "));
        Assert.Equal(["the comment on this line says ¶8, but the Persian in it is paragraph 7's", "the comment on this line says ¶7, but the Persian in it is paragraph 8's"],
            Errors(q).Select(e => e.Problem));

        // Two whole comments swapped: each stands where the other's should.
        var (r, rfile) = TranslationFixture.Filled("anchor-order");
        var lines = r.Read(rfile).Split('\n');
        int seventh = Array.FindIndex(lines, l => l.StartsWith("<!-- ¶7 ")), eighth = Array.FindIndex(lines, l => l.StartsWith("<!-- ¶8 "));
        (lines[seventh], lines[eighth]) = (lines[eighth], lines[seventh]);
        r.Write(rfile, string.Join('\n', lines));
        Assert.Contains(Errors(r), e => e.Problem == "the comment of paragraph 8 stands where paragraph 7's should");
    }

    /// <summary>
    /// The last comment deleted with its translation, or one too many at the end: check said only "the file has 11
    /// paragraph slots, but the original has 12" at the first comment, and to scaffold the file again (which
    /// 'translate' refuses while the file is there). Now the error is where the change is, with the line to add.
    /// </summary>
    [Fact]
    public void The_last_comment_missing_or_one_too_many_is_named_where_it_is()
    {
        var (p, file) = TranslationFixture.Filled("last-missing");
        var lines = p.Read(file).Split('\n').ToList();
        var last = lines.FindIndex(l => l.StartsWith("<!-- ¶12 "));
        var anchor = lines[last];
        p.Write(file, string.Join('\n', lines[..last]) + "\n");
        var missing = Assert.Single(Errors(p));
        Assert.Equal((file, "the comment of paragraph 12, the last, is missing, and its translation with it"), (missing.File, missing.Problem));
        Assert.Equal("English paragraph 11.", lines[missing.Line - 1]);   // the file's last line
        Assert.EndsWith(anchor, missing.Fix);

        var (q, qfile) = TranslationFixture.Filled("one-too-many");
        var text = q.Read(qfile).TrimEnd() + "\n\n<!-- ¶13 — an extra -->\n\nEnglish paragraph 13.\n";
        q.Write(qfile, text);
        var extra = Assert.Single(Errors(q));
        Assert.Equal(("the comment of paragraph 13 stands for no paragraph: the original has 12", "<!-- ¶13 — an extra -->"), (extra.Problem, text.Split('\n')[extra.Line - 1]));
        Assert.StartsWith("Delete this comment and what is under it.", extra.Fix);
    }

    /// <summary>
    /// One entry of source_hashes deleted: every paragraph after it was compared with its neighbour's hash and called
    /// changed (eleven false warnings, and the site marked them so). A list of the wrong length now pins nothing, and
    /// its one warning gives the list to write back.
    /// </summary>
    [Fact]
    public void A_source_hashes_list_of_the_wrong_length_is_one_warning_with_the_list()
    {
        var (p, file) = TranslationFixture.Filled("hash-deleted");
        var text = p.Read(file);
        var line = text.Split('\n').Single(l => l.StartsWith("source_hashes: [", StringComparison.Ordinal));
        var hashes = line["source_hashes: [".Length..^1].Split(", ");
        Assert.Equal(12, hashes.Length);
        p.Write(file, text.Replace(line, "source_hashes: [" + string.Join(", ", hashes[1..]) + "]"));
        var w = Assert.Single(Check(p));
        Assert.True(w.IsWarning);
        Assert.Equal("source_hashes has 11 entries, but the original has 12 paragraphs", w.Problem);
        Assert.EndsWith(line, w.Fix);
        var config = SiteConfig.Load(p.Root);
        var t = Assert.Single(TranslationReader.ReadAll(config, CorpusReader.Read(config.InputDir, config.Root)).Translations);
        Assert.All(Enumerable.Range(0, 12), i => Assert.False(t.IsStale(i)));
    }

    /// <summary>
    /// A comment's number mistyped (¶6 where ¶5 stands): check said "paragraph 5 is missing, put it back above the
    /// translation now under ¶4" and "¶6 is there twice", and following both fixes made a mess. The Persian in the
    /// comment says which paragraph it is.
    /// </summary>
    [Fact]
    public void A_mistyped_comment_number_is_one_error_that_says_which_it_is()
    {
        var (p, file) = TranslationFixture.Filled("mistyped-number");
        var lines = p.Read(file).Split('\n').ToList();
        var fifth = lines.FindIndex(l => l.StartsWith("<!-- ¶5 "));
        lines[fifth] = lines[fifth].Replace("¶5", "¶6");
        p.Write(file, string.Join('\n', lines));
        var e = Assert.Single(Errors(p));
        Assert.Equal((fifth + 1, "the comment on this line says ¶6, but the Persian in it is paragraph 5's", "Change '¶6' to '¶5' on that line."), (e.Line, e.Problem, e.Fix));
    }

    /// <summary>
    /// A comment deleted, pasted twice or left unclosed: said once, as what it is, at its line (read slot by slot,
    /// every comment after it stood "where another's should", and the fix of the first error, "join them", was wrong).
    /// </summary>
    [Fact]
    public void A_comment_missing_twice_or_unclosed_is_one_error_that_says_so()
    {
        var (p, file) = TranslationFixture.Filled("anchor-missing");
        var lines = p.Read(file).Split('\n').ToList();
        var third = lines.FindIndex(l => l.StartsWith("<!-- ¶3 "));
        var anchor = lines[third];
        lines.RemoveAt(third);
        p.Write(file, string.Join('\n', lines));
        var missing = Assert.Single(Errors(p));
        Assert.Equal((file, lines.FindIndex(l => l.StartsWith("<!-- ¶4 ")) + 1, "the comment of paragraph 3 is missing"), (missing.File, missing.Line, missing.Problem));
        Assert.EndsWith(anchor, missing.Fix);   // the very line to put back

        var (q, qfile) = TranslationFixture.Filled("anchor-twice");
        lines = q.Read(qfile).Split('\n').ToList();
        var second = lines.FindIndex(l => l.StartsWith("<!-- ¶2 "));
        lines.Insert(second, "<!-- ¶1 -->");
        q.Write(qfile, string.Join('\n', lines));
        var twice = Assert.Single(Errors(q));
        Assert.Equal((second + 1, $"the comment of paragraph 1 is there twice, on lines {lines.FindIndex(l => l.StartsWith("<!-- ¶1 ")) + 1} and {second + 1}"), (twice.Line, twice.Problem));

        var (r, rfile) = TranslationFixture.Filled("anchor-unclosed");
        lines = r.Read(rfile).Split('\n').ToList();
        second = lines.FindIndex(l => l.StartsWith("<!-- ¶2 "));
        lines[second] = lines[second].Replace(" -->", "");
        r.Write(rfile, string.Join('\n', lines));
        var unclosed = Assert.Single(Errors(r));
        Assert.Equal((second + 1, "the comment of paragraph 2 is not closed: its '-->' is missing, so it runs on over the translation under it"), (unclosed.Line, unclosed.Problem));
    }

    [Fact]
    public void An_invisible_control_character_is_named_by_line()
    {
        var (p, file) = TranslationFixture.Filled("control");
        p.Write(file, p.Read(file).Replace("English paragraph 6.", "English\u0001 paragraph 6."));
        var e = Assert.Single(Errors(p));
        Assert.Contains("control character", e.Problem);
        Assert.Equal("English\u0001 paragraph 6.", p.Read(file).Split('\n')[e.Line - 1]);
    }

    /// <summary>A bidi override or a zero-width character in a paragraph, typed or as a reference, is named as one in a title is.</summary>
    [Theory]
    [InlineData("English \u202E paragraph 6.", "U+202E")]
    [InlineData("English para\u200Bgraph 6.", "U+200B")]
    [InlineData("English &#x2066; paragraph 6.", "U+2066")]
    public void An_invisible_character_that_reorders_or_disguises_a_paragraph_is_a_warning_at_its_line(string paragraph, string code)
    {
        var (p, file) = TranslationFixture.Filled("hidden-" + code);
        p.Write(file, p.Read(file).Replace("English paragraph 6.", paragraph));
        var w = Assert.Single(Check(p), f => f.IsWarning && f.Problem.Contains("invisible"));
        Assert.Equal($"paragraph 6 holds an invisible character ({code}) that can reorder or disguise the text", w.Problem);
        Assert.Equal(paragraph, p.Read(file).Split('\n')[w.Line - 1]);
    }

    /// <summary>The file's characters are checked as it is read; a character reference can still bring one in.</summary>
    [Theory]
    [InlineData("English &#1; paragraph 6.", "U+0001")]
    [InlineData("English &#xFFFF; paragraph 6.", "U+FFFF")]
    [InlineData("English\uFFFF paragraph 6.", "U+FFFF")]
    public void A_character_no_page_can_show_is_named_by_line_however_it_is_written(string paragraph, string named)
    {
        var (p, file) = TranslationFixture.Filled("unshowable-" + named[2..]);
        p.Write(file, p.Read(file).Replace("English paragraph 6.", paragraph));
        var e = Assert.Single(Errors(p));
        Assert.Contains(named, e.Problem);
        Assert.Equal(paragraph, p.Read(file).Split('\n')[e.Line - 1]);
    }

    /// <summary>
    /// A "&lt;!--" typed in a slot and not closed there ran on over the next anchors, and check gave eleven errors about
    /// comments out of order, none naming it: now one error, at its line, names it and the paragraph.
    /// </summary>
    [Theory]
    [InlineData(5, "English paragraph 5. <!-- ask the reviewer about this", "paragraph 5: '<!--' starts a comment that nothing in the paragraph closes, so it runs on over the comment of paragraph 6")]
    [InlineData(12, "English paragraph 12.\n<!-- ask the reviewer", "paragraph 12: '<!--' starts a comment that nothing closes")]
    public void A_comment_left_open_in_a_slot_is_one_error_that_names_it(int n, string typed, string problem)
    {
        var (p, file) = TranslationFixture.Filled("open-comment-" + n);
        p.Write(file, p.Read(file).Replace($"English paragraph {n}.", typed));
        var e = Assert.Single(Check(p));
        Assert.False(e.IsWarning);
        Assert.Contains(problem, e.Problem);
        Assert.Contains("Remove the '<!--'", e.Fix);
        Assert.Contains("<!-- ask the reviewer", p.Read(file).Split('\n')[e.Line - 1]);

        // Closed in its slot, it stays a comment the file keeps to itself, as before.
        var (q, qfile) = TranslationFixture.Filled("closed-comment-" + n);
        q.Write(qfile, q.Read(qfile).Replace($"English paragraph {n}.", $"English paragraph {n}. <!-- a note -->"));
        Assert.Empty(Check(q));
    }

    /// <summary>
    /// A line in a slot that Markdown reads as a block of its own: check said "translated as 2 paragraphs, join them
    /// (no blank line inside)", with no blank line to remove, or (a setext underline) nothing while the line vanished.
    /// Now one error at that line says what starts the block and how to keep it as text.
    /// </summary>
    [Theory]
    [InlineData(10, "English paragraph 10.\n# 10 workers were arrested.", "# 10 workers were arrested.", "paragraph 10: its line 2 starts with '#'", "'\\#'")]
    [InlineData(4, "English paragraph 4,\nwritten on lines.\n---", "---", "paragraph 4: its line 3 starts with '---'", "'\\---'")]
    [InlineData(7, "English paragraph 7\n> quoted.", "> quoted.", "paragraph 7: its line 2 starts with '>'", "'\\>'")]
    public void A_line_that_starts_a_block_is_one_error_at_its_line(int n, string typed, string line, string problem, string escaped)
    {
        var (p, file) = TranslationFixture.Filled("block-line-" + n);
        p.Write(file, p.Read(file).Replace($"English paragraph {n}.", typed));
        var e = Assert.Single(Check(p));
        Assert.False(e.IsWarning);
        Assert.Contains(problem, e.Problem);
        Assert.Contains("Join that line to the line before, or write " + escaped, e.Fix);
        Assert.Equal(line, p.Read(file).Split('\n')[e.Line - 1]);
    }

    /// <summary>
    /// A paragraph typed in a file with four spaces or a tab before it became code on the page while check said nothing
    /// (its rules read the paragraph trimmed). Three spaces are still a paragraph.
    /// </summary>
    [Theory]
    [InlineData("    English paragraph 3.", true)]
    [InlineData("\tEnglish paragraph 3.", true)]
    [InlineData("  \tEnglish paragraph 3.", true)]
    [InlineData("   English paragraph 3.", false)]
    public void A_paragraph_indented_as_code_is_an_error_at_its_line(string typed, bool code)
    {
        var (p, file) = TranslationFixture.Filled("indented-" + typed.Length + typed[0]);
        p.Write(file, p.Read(file).Replace("English paragraph 3.", typed));
        if (!code)
        {
            Assert.Empty(Check(p));
            return;
        }
        var e = Assert.Single(Check(p));
        Assert.False(e.IsWarning);
        Assert.Equal("paragraph 3 starts with spaces (or a tab) before its first word, so Markdown shows it as code, not as the paragraph", e.Problem);
        Assert.Equal("Delete the spaces before the paragraph's first word.", e.Fix);
        Assert.Equal(typed, p.Read(file).Split('\n')[e.Line - 1]);
    }

    /// <summary>A paragraph that starts as a list item is shown as a list: a warning, with the way to keep the number.</summary>
    [Fact]
    public void A_paragraph_that_starts_as_a_list_item_is_a_warning()
    {
        var (p, file) = TranslationFixture.Filled("list-start");
        p.Write(file, p.Read(file).Replace("English paragraph 3.", "1. English paragraph 3."));
        var w = Assert.Single(Check(p));
        Assert.True(w.IsWarning);
        Assert.Equal("paragraph 3 starts with '1.', so the site shows it as a list", w.Problem);
        Assert.Equal("Write '1\\.' instead of '1.' to keep it as text.", w.Fix);
        Assert.Equal("1. English paragraph 3.", p.Read(file).Split('\n')[w.Line - 1]);
    }

    /// <summary>
    /// Too many links in a paragraph: the advice must not be to split it, which the one-paragraph rule forbids, in
    /// check or in the workbench's words in any language.
    /// </summary>
    [Fact]
    public void The_advice_for_too_many_links_keeps_the_paragraph_whole()
    {
        var (p, file) = TranslationFixture.Filled("too-many-links");
        p.Write(file, p.Read(file).Replace("English paragraph 6.", string.Join(" ", Enumerable.Range(1, 101).Select(i => $"[{i}](https://example.org/{i})"))));
        var e = Assert.Single(Errors(p));
        Assert.Contains("more than 100 links", e.Problem);
        Assert.DoesNotContain("split", e.Fix, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Remove some of the links", e.Fix);
        var theme = Path.Combine(Paths.Root, "theme");
        // "Split" in each: split, تقسیم, قسّم.
        foreach (var (lang, split) in new[] { ("en", "split"), ("fa", "تقسیم"), ("ar", "قسّم") })
        {
            var words = Site.Model.UiStrings.Load(theme, lang).RuleSlotLinks;
            Assert.DoesNotContain(split, words, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("{0}", words);
        }
    }

    /// <summary>Comments nothing closes were each searched to the end of the body: 100,000 of them took 5 s.</summary>
    [Fact]
    public void A_body_of_comments_nothing_closes_is_read_at_once()
    {
        var (p, file) = TranslationFixture.Filled("open-comments");
        // At the end of the file: a '-->' further on would close them all in one comment.
        p.Write(file, p.Read(file) + "\n" + string.Concat(Enumerable.Repeat("<!-- ", 150_000)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.NotEmpty(Errors(p));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Editors_swap_files_and_dot_files_are_not_translations()
    {
        var (p, file) = TranslationFixture.Filled("swap");
        p.Write("input/translations/en/messages/.sholeh-paydar.md.swp", "binary-ish");
        p.Write("input/translations/en/messages/.gitkeep", "");
        p.Write("input/translations/en/messages/sholeh-paydar.md~", "backup");
        Assert.Empty(Check(p));
    }
}
