using System.Text.RegularExpressions;
using Site.Corpus;
using Site.Project;
using Site.Text;

namespace Site.Translations;

/// <summary>
/// Reads input/translations/&lt;lang&gt;/{messages,resolutions}/*.md, checks each against its original and aligns
/// it paragraph by paragraph. Errors name the file, the line and the fix; a paragraph whose original changed since
/// it was translated is a warning.
/// </summary>
public static partial class TranslationReader
{
    public sealed record Result(IReadOnlyList<Translation> Translations, IReadOnlyList<Diagnostic> Findings)
    {
        public bool HasErrors => Findings.Any(f => !f.IsWarning);
    }

    /// <summary>What was read from each translation file (see <see cref="FileMemo{T}"/>); kept while its original is the same document read.</summary>
    public sealed class Memo
    {
        internal FileMemo<(Translation? Translation, List<Diagnostic> Findings)> Files { get; } = new();
        internal FolderListings Listings { get; } = new();
    }

    /// <param name="memo">When given, a file unchanged since the last read with the same memo, whose original was not read again either, is not read again.</param>
    /// <param name="unchanged">With <paramref name="memo"/>: the files the file system said nothing of since the last read.</param>
    public static Result ReadAll(SiteConfig config, CorpusContent corpus, Memo? memo = null, Unchanged? unchanged = null)
    {
        var root = Path.Combine(config.InputDir, "translations");
        var translations = new List<Translation>();
        var findings = new List<Diagnostic>();
        if (!Directory.Exists(root)) return new Result(translations, findings);
        var byId = corpus.All.ToDictionary(d => d.Id);
        string Show(string p) => Path.GetRelativePath(config.Root, p).Replace('\\', '/');

        // Files are read in parallel; translations and findings keep the files' order.
        (Translation? Translation, List<Diagnostic> Findings) ReadFile(string path)
        {
            var shown = Show(path);
            // Editors' swap and backup files, and dot-files such as .gitkeep, are not translations.
            var name = Path.GetFileName(path);
            if (ProjectFiles.IsLeftover(name)) return (null, []);
            var parts = Path.GetRelativePath(root, path).Replace('\\', '/').Split('/');
            if (parts.Length != 3 || parts[1] is not ("messages" or "resolutions") || !path.EndsWith(".md", StringComparison.Ordinal))
                return (null, [new Diagnostic(shown, 1, "a translation must be at input/translations/<lang>/messages/<slug>.md or …/resolutions/<slug>.md",
                    "Move the file there; the 'translate' command puts new files in the right place.")]);
            try { return ReadOne(path, shown, parts[0], parts[1], config, byId); }
            catch (SiteError e) { return (null, [.. e.Errors]); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, [new Diagnostic(shown, 1, "cannot be read: " + e.Message, "Check the file's permissions.")]);
            }
        }
        // A translation is made from its file and its original: it is kept while both are as they were. Files that
        // gave no translation (errors, backups) are read again, which costs little.
        (Translation?, List<Diagnostic>) Remembered(string path) => memo is null ? ReadFile(path)
            : memo.Files.Get(path, kept => kept.Translation is { } t && byId.TryGetValue(t.Original.Id, out var o) && ReferenceEquals(o, t.Original), () => ReadFile(path),
                unchanged?.Holds(path) == true);
        var files = memo?.Listings.Files(root, "*", recursive: true, unchanged) ?? FolderListings.List(root, "*", recursive: true);
        foreach (var (t, f) in InParallel.Map(files, Remembered))
        {
            findings.AddRange(f);
            if (t is not null) translations.Add(t);
        }
        // A folder where a translation file should be (made by mistake, or left by a tool) would hide it unremarked.
        foreach (var folder in Directory.EnumerateDirectories(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            findings.Add(new Diagnostic(Show(folder), 0, "is a folder, not a translation file",
                "Move the files out of it and delete it; a translation is one file, <slug>.md."));
        foreach (var dup in translations.GroupBy(t => (t.Meta.TranslationOf, t.Lang)).Where(g => g.Count() > 1))
            foreach (var t in dup.Skip(1))
                findings.Add(new Diagnostic(t.Path, 2, $"{dup.First().Path} translates {t.Meta.TranslationOf} into '{t.Lang}' too",
                    "Keep one translation per document and language: merge the two files."));
        return new Result(translations, findings);
    }

    static (Translation?, List<Diagnostic>) ReadOne(string path, string shown, string folderLang, string folderKind, SiteConfig config, Dictionary<string, Document> byId)
    {
        var findings = new List<Diagnostic>();
        var file = FrontMatterFile.Parse(shown, ProjectFiles.ReadText(path, shown));
        var meta = Yaml.Read<TranslationFrontMatter>(file.Yaml, shown, file.YamlFirstLine);
        void Error(string key, string problem, string fix) => findings.Add(new Diagnostic(shown, file.LineOf(key), problem, fix));

        if (!config.Translations.Contains(meta.Lang))
            Error("lang", string.IsNullOrEmpty(meta.Lang) ? "'lang' is missing" : $"the language '{meta.Lang}' is not one the site publishes",
                $"Use one of: {string.Join(", ", config.Translations)} (statiq.config lists them), or ask a maintainer to add yours.");
        else if (meta.Lang != folderLang)
            Error("lang", $"'lang: {meta.Lang}' but the file is in the '{folderLang}' folder", $"Move the file to input/translations/{meta.Lang}/, or fix 'lang'.");
        var fields = TranslationRules.Fields(meta.Title, meta.Translators);
        void Field(string rule, string key)
        {
            if (fields.FirstOrDefault(f => f.Rule == rule) is not { } f) return;
            var (problem, fix) = TranslationRules.Describe(f);
            Error(key, problem, fix);
        }
        Field(TranslationRules.TranslatorsMissing, "translators");
        if (meta.Status is null)
            Error("status", "'status' is missing", "Add 'status: draft' (a reviewer changes it to 'reviewed').");
        Field(TranslationRules.TitleMissing, "title");
        if (!byId.TryGetValue(meta.TranslationOf, out var original))
        {
            Error("translation_of", string.IsNullOrEmpty(meta.TranslationOf) ? "'translation_of' is missing" : $"there is no message or resolution with the id '{meta.TranslationOf}'",
                "Use the id of the original as it stands in its file (e.g. msg-015 or res-03); 'translate <id>' fills it in.");
            return (null, findings);
        }
        if (original.Section != folderKind)
            Error("translation_of", $"{meta.TranslationOf} is a {(original is Message ? "message" : "resolution")}, but the file is in '{folderKind}'",
                $"Move the file to input/translations/{folderLang}/{original.Section}/.");
        if (Path.GetFileNameWithoutExtension(path) != original.Slug)
            findings.Add(new Diagnostic(shown, 1, $"the file name does not match the original's slug '{original.Slug}'",
                $"Rename the file to {original.Slug}.md.", Severity.Warning));

        var (paragraphs, slotProblems, read) = Slots(file.Body, file.BodyFirstLine, original.Paragraphs, meta.Lang);
        foreach (var (line, problem, fix, severity) in slotProblems) findings.Add(new Diagnostic(shown, line, problem, fix, severity));
        if (slotProblems.All(p => p.Severity == Severity.Warning) && paragraphs.Count != original.Paragraphs.Count)
            findings.Add(new Diagnostic(shown, paragraphs.Count > 0 ? paragraphs[^1].Line : file.BodyFirstLine,
                $"{paragraphs.Count} paragraph(s), but the original has {original.Paragraphs.Count}",
                "Translate each paragraph of the original as one paragraph, in the same order, separated by a blank line."));

        var stale = new List<bool>();
        // A list of the wrong length (an entry deleted or pasted twice) pins no paragraph: compared one by one, every
        // paragraph after the slip would be called changed.
        var pinned = meta.SourceHashes.Count == original.Paragraphs.Count ? meta.SourceHashes : [];
        for (int i = 0; i < original.Paragraphs.Count; i++)
        {
            var now = PersianText.ParagraphHash(original.Paragraphs[i]);
            // A hash is hex: written in capitals (by hand, by another tool) it is the same hash.
            var then = i < pinned.Count ? pinned[i].ToLowerInvariant() : null;
            bool changed = then is not null && then != now;
            stale.Add(changed);
            if (changed)
            {
                var was = OldWording.Pinned(read.Anchors.GetValueOrDefault(i + 1), then!);
                var what = was is null ? "" : ": " + WordDiff.Summary(was, original.Paragraphs[i]);
                findings.Add(new Diagnostic(shown, i < paragraphs.Count ? paragraphs[i].Line : file.LineOf("source_hashes"),
                    $"paragraph {i + 1} of the original changed since it was translated{what}",
                    $"Compare it with the original, update your paragraph {i + 1}, then set source_hashes[{i}] to {now} (or, if the change was only editorial, run 'editorial {original.Id} --paragraph {i + 1}').", Severity.Warning));
            }
        }
        if (meta.SourceHashes.Count != original.Paragraphs.Count)
            findings.Add(new Diagnostic(shown, file.LineOf("source_hashes"), $"source_hashes has {meta.SourceHashes.Count} entries, but the original has {original.Paragraphs.Count} paragraphs",
                meta.SourceHashes.Count == 0 ? "Keep the list that 'translate' wrote; it pins the original's paragraphs you translated."
                    : "Restore the list as 'translate' wrote it (git diff shows what changed), or, when every paragraph is translated from the original as it is now, write: source_hashes: ["
                        + string.Join(", ", original.Paragraphs.Select(PersianText.ParagraphHash)) + "]", Severity.Warning));

        // A signed message's sender left empty: the edition then spells the Persian name letter by letter.
        foreach (var f in TranslationRules.Sender(TranslationRules.SignedSender(original), meta.Author))
            findings.Add(new Diagnostic(shown, file.LineOf("author"), $"the original is signed ({f.Detail}), but 'author' is empty: the {meta.Lang} edition would spell the name letter by letter",
                "Write the sender as your language writes it, e.g. author: \"Sholeh Paydar\" or, for a group, author: \"A group of workers in Tehran\".", Severity.Warning));
        foreach (var (field, text) in new[] { ("title", meta.Title), ("author", meta.Author) }.Concat(meta.Translators.Select(t => ("translators", (string?)t))))
            if (HiddenCharacters.Warn(shown, file.LineOf(field), field, text) is { } hidden) findings.Add(hidden);
        // A title heads its page and stands in every list, feed and book that names the document: a paragraph pasted
        // there by mistake grew twenty pages by its length each.
        foreach (var (field, text) in new[] { ("title", meta.Title), ("author", meta.Author) })
            if (text is { Length: > MaxTitle })
                findings.Add(new Diagnostic(shown, file.LineOf(field), $"'{field}' is {text.Length} characters long; it may be at most {MaxTitle}",
                    $"Shorten it: the {field} stands on the page and in every list that names the document."));
        for (int i = 0; i < paragraphs.Count; i++)
            if (HiddenCharacters.First(paragraphs[i].Text) is { } c)
                findings.Add(new Diagnostic(shown, paragraphs[i].Line, $"paragraph {i + 1} holds an invisible character (U+{(int)c:X4}) that can reorder or disguise the text",
                    "Delete it (an editor that shows invisible characters helps, or retype the words around it).", Severity.Warning));

        if (findings.Any(f => !f.IsWarning)) return (null, findings);
        return (new Translation(shown, meta, original, paragraphs, stale)
        {
            FrontMatter = file.Yaml,
            SlotTexts = read.SlotTexts,
            PinnedWording = Enumerable.Range(1, original.Paragraphs.Count)
                .Select(n => n - 1 < meta.SourceHashes.Count ? OldWording.Pinned(read.Anchors.GetValueOrDefault(n), meta.SourceHashes[n - 1]) : null).ToList(),
        }, findings);
    }

    /// <summary>
    /// The translated paragraphs. HTML comments are not text: the scaffold's "&lt;!-- ¶3 — … --&gt;" comments are
    /// anchors, and the text from one anchor to the next (also on the anchor's own line, after the comment) is that
    /// paragraph's slot; each slot must hold one paragraph, in the anchors' order. Without anchors, the body's
    /// top-level blocks are the paragraphs. Problems are named by slot and line.
    /// </summary>
    /// <summary>What a file's body holds besides its paragraphs: each slot's text as typed, each anchor comment's text by paragraph number.</summary>
    public sealed record SlotsRead(IReadOnlyList<string> SlotTexts, IReadOnlyDictionary<int, string> Anchors);

    /// <summary>
    /// The body's comments, in order. A "&lt;!--" typed in a slot and not closed there runs on to the next anchor's
    /// "--&gt;": such a comment (no anchor itself, but holding one) is cut where the first anchor in it starts, so that
    /// anchor and those after it still count, and <c>Swallowed</c> names that anchor's paragraph. An anchor whose
    /// own "--&gt;" is missing runs on the same way: it is cut at the end of its line (the scaffold writes each on
    /// one), so the translation under it is read, and <c>Swallowed</c> is <see cref="UnclosedAnchor"/>.
    /// </summary>
    static IEnumerable<(int Index, int Length, string? Swallowed)> Comments(string body)
    {
        for (var m = Comment().Match(body); m.Success;)
        {
            int index = m.Index, length = m.Length;
            string? swallowed = null;
            if (InnerAnchor().Match(body, index + 4, length - 4) is { Success: true } inner)
            {
                if (!Anchor().IsMatch(m.ValueSpan))
                {
                    length = inner.Index - index;
                    swallowed = inner.Groups[1].Value;
                }
                else
                {
                    var end = body.IndexOf('\n', index);
                    length = (end < 0 || end > inner.Index ? inner.Index : end) - index;
                    swallowed = UnclosedAnchor;
                }
            }
            yield return (index, length, swallowed);
            m = Comment().Match(body, index + length);
        }
    }

    static (List<Paragraph>, List<(int Line, string Problem, string Fix, Severity Severity)>, SlotsRead) Slots(string body, int firstLine, IReadOnlyList<string> originals, string lang)
    {
        var expected = originals.Count;
        var problems = new List<(int Line, string Problem, string Fix, Severity Severity)>();
        var slotTexts = new List<string>();
        // The anchor comments' wordings, by paragraph number ("<!-- ¶3 — … -->" → 3 → "…"), and in the order they stand.
        var anchorTexts = new Dictionary<int, string>();
        // Comments become blank lines (line numbers stay); anchors are remembered at the place they stood.
        var clean = new System.Text.StringBuilder(body.Length);
        var anchors = new List<(int Number, int Position, int Line)>();
        var wordings = new List<string?>();
        int last = 0, at = firstLine;
        foreach (var (index, length, swallowed) in Comments(body))
        {
            clean.Append(body, last, index - last);
            var lineStart = index == 0 ? 0 : body.LastIndexOf('\n', index - 1) + 1;
            // Lines are counted on from the last comment, not from the top each time.
            at += body.AsSpan(last, index - last).Count('\n');
            var comment = body.AsSpan(index, length);
            if (Anchor().Match(body, index, length) is { Success: true } a)
            {
                var number = int.Parse(a.Groups[1].Value);
                anchors.Add((number, clean.Length, at));
                var wording = AnchorWording().Match(body, index, length) is { Success: true } w ? w.Groups[2].Value : null;
                if (wording is not null) anchorTexts.TryAdd(number, wording);
                wordings.Add(wording?.Trim());
                if (swallowed == UnclosedAnchor)
                    problems.Add((at, $"the comment of paragraph {a.Groups[1].Value} is not closed: its '-->' is missing, so it runs on over the translation under it",
                        "End that line with ' -->', as the other comments' lines end.", Severity.Error));
                if (body[lineStart..index].Trim().Length > 0)
                    problems.Add((at, $"there is text before the comment of paragraph {a.Groups[1].Value} on the same line",
                        "Put each translation on the line(s) after its Persian comment, not before it.", Severity.Error));
            }
            else if (swallowed is not null)
            {
                // Named here, at the "<!--", once: the anchors it ran over are read again after it, in their order.
                var (problem, fix) = TranslationRules.Describe(new RuleFinding(TranslationRules.SlotComment, anchors.Count > 0 ? anchors[^1].Number : 0, swallowed, Severity.Error));
                problems.Add((at, problem, fix, Severity.Error));
            }
            var inside = comment.Count('\n');
            clean.Append('\n', inside);
            at += inside;
            last = index + length;
        }
        clean.Append(body, last, body.Length - last);
        var text = clean.ToString();
        if (anchors.Count == 0)
        {
            try { return (MarkdownText.Blocks(text, firstLine, html: true, persian: false), problems, new SlotsRead(slotTexts, anchorTexts)); }
            catch (MarkdownRefusedException e) { return ([], [.. problems, (e.Line, e.Problem, e.Fix, Severity.Error)], new SlotsRead(slotTexts, anchorTexts)); }
        }

        int LineAt(int pos) => firstLine + text.AsSpan(0, pos).Count('\n');
        if (text[..anchors[0].Position].Trim().Length > 0)
            problems.Add((firstLine, "there is text above the first paragraph's comment", "Move it under the comment of the paragraph it translates, or delete it.", Severity.Error));

        // A comment deleted or pasted twice is said once, as what it is, with the line to put back: read on slot by
        // slot, every comment after it would stand in the wrong place, and the slot before it would hold two
        // paragraphs (whose fix, "join them", would be wrong).
        if (MisplacedAnchors(anchors, originals, wordings) is [_, ..] misplaced)
            return ([], [.. problems, .. misplaced], new SlotsRead(slotTexts, anchorTexts));

        var result = new List<Paragraph>();
        for (int k = 0; k < anchors.Count; k++)
        {
            var (n, from, line) = anchors[k];
            if (n != k + 1)
            {
                problems.Add((line, $"the comment of paragraph {n} stands where paragraph {k + 1}'s should", "Keep the comments in the order the scaffold wrote them (¶1, ¶2, …).", Severity.Error));
                continue;
            }
            int to = k + 1 < anchors.Count ? anchors[k + 1].Position : text.Length;
            var slot = text[from..to];
            // Parsed once: the HTML made here is the one the pages show.
            slotTexts.Add(Scaffold.Slot(slot));
            List<Paragraph> blocks;
            try { blocks = MarkdownText.Blocks(slot, LineAt(from), html: true, persian: false); }
            catch (MarkdownRefusedException e)
            {
                problems.Add((e.Line, e.Problem, e.Fix, Severity.Error));
                continue;
            }
            // The shared rules (the workbench applies the same ones as the volunteer types). A line that starts a block
            // of its own is one of them (slot-block); should Markdown still read a slot as two blocks, it is caught after.
            // The rules read the slot trimmed (the workbench writes it so), so an indentation typed in a file is seen
            // here: four spaces or a tab before the first line make it code.
            if (IndentedFirstLine(slot) is int indented)
            {
                problems.Add((LineAt(from) + indented, $"paragraph {n} starts with spaces (or a tab) before its first word, so Markdown shows it as code, not as the paragraph",
                    "Delete the spaces before the paragraph's first word.", Severity.Error));
                continue;
            }
            var rules = TranslationRules.Slot(n, slot);
            if (n <= originals.Count) rules.AddRange(TranslationRules.Language(n, slot, originals[n - 1], lang));
            // The file's line of a character of the slot as the rules read it (trimmed).
            int LineIn(int index) => LineAt(from) + slot.AsSpan(0, slot.Length - slot.TrimStart().Length + index).Count('\n');
            foreach (var f in rules)
            {
                var (problem, fix) = TranslationRules.Describe(f);
                int where = f.Rule switch
                {
                    TranslationRules.SlotEmpty => line,
                    TranslationRules.SlotSeveral when blocks.Count > 1 => blocks[1].Line,
                    TranslationRules.SlotComment => LineIn(TranslationRules.UnclosedComment(slot.Trim())),
                    TranslationRules.SlotBlock => LineIn(0) + int.Parse(f.Detail.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) - 1,
                    _ => blocks.Count > 0 ? blocks[0].Line : line,
                };
                problems.Add((where, problem, fix, f.Severity));
            }
            if (rules.Any(f => !f.Severity.Equals(Severity.Warning))) continue;
            if (blocks.Count > 1)
            {
                var (problem, fix) = TranslationRules.Describe(new RuleFinding(TranslationRules.SlotSeveral, n, blocks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Severity.Error));
                problems.Add((blocks[1].Line, problem, fix, Severity.Error));
            }
            else if (blocks.Count == 1) result.Add(blocks[0]);
        }
        if (problems.All(p => p.Severity == Severity.Warning))
        {
            // The comments run 1, 2, … in order here (MisplacedAnchors): the last ones are missing, or more follow.
            if (anchors.Count < expected)
            {
                var missing = Enumerable.Range(anchors.Count + 1, expected - anchors.Count).ToList();
                var lines = string.Join(" ", missing.Take(2).Select(n => Scaffold.Anchor(n, originals[n - 1])));
                problems.Add((LineAt(text.TrimEnd().Length), missing.Count == 1
                        ? $"the comment of paragraph {missing[0]}, the last, is missing, and its translation with it"
                        : $"the comments of paragraphs {missing[0]} to {missing[^1]}, the last {missing.Count}, are missing, and their translations with them",
                    $"Add at the end of the file, each on a line of its own with its translation under it: {lines}{(missing.Count > 2 ? " and so on to ¶" + missing[^1] + " (the original's paragraphs are in its file, or 'translate' writes them all into a new file)" : "")}", Severity.Error));
            }
            else if (anchors.Count > expected)
            {
                var extra = anchors[expected];
                problems.Add((extra.Line, $"the comment of paragraph {extra.Number} stands for no paragraph: the original has {expected}",
                    $"Delete this comment and what is under it{(anchors.Count > expected + 1 ? $", down to the end of the file ({anchors.Count - expected} comments in all)" : "")}. If the original's paragraphs were joined, join their translations too.", Severity.Error));
            }
        }
        return (result, problems, new SlotsRead(slotTexts, anchorTexts));
    }

    const string UnclosedAnchor = "unclosed";

    /// <summary>The longest title or sender a translation may give (the corpus's longest title is some 150 characters).</summary>
    const int MaxTitle = 300;

    /// <summary>
    /// The line (from the slot's first, 0) of a slot's first written line when it is indented four columns or more (a
    /// tab counts four), which Markdown reads as code; null otherwise. The slot's line 0 is the rest of its comment's.
    /// </summary>
    internal static int? IndentedFirstLine(string slot)
    {
        var lines = slot.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) continue;
            var columns = 0;
            foreach (var c in line)
            {
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4 - columns % 4;
                else break;
                if (columns >= 4) return i;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The paragraph comments whose number was mistyped (their Persian is the paragraph their place says), those given
    /// twice, and those missing between the first and the last that are there.
    /// </summary>
    static List<(int Line, string Problem, string Fix, Severity Severity)> MisplacedAnchors(List<(int Number, int Position, int Line)> anchors, IReadOnlyList<string> originals, IReadOnlyList<string?> wordings)
    {
        var found = new List<(int Line, string Problem, string Fix, Severity Severity)>();
        if (anchors.Select((a, k) => a.Number == k + 1).All(x => x)) return found;
        // "¶6" typed where "¶5" stood (4, 6, 6, 7): said as what it is, not as ¶5 missing and ¶6 twice.
        for (var k = 0; k < anchors.Count; k++)
        {
            var a = anchors[k];
            if (a.Number == k + 1 || k >= originals.Count || wordings[k] is not { } wording || wording != Scaffold.Wording(originals[k]).Trim()) continue;
            found.Add((a.Line, $"the comment on this line says ¶{a.Number}, but the Persian in it is paragraph {k + 1}'s", $"Change '¶{a.Number}' to '¶{k + 1}' on that line.", Severity.Error));
            anchors = [.. anchors[..k], (k + 1, a.Position, a.Line), .. anchors[(k + 1)..]];
        }
        if (anchors.Select((a, k) => a.Number == k + 1).All(x => x)) return found;
        foreach (var twice in anchors.GroupBy(a => a.Number).Where(g => g.Count() > 1))
        {
            var lines = twice.Select(a => a.Line).ToList();
            found.Add((lines[1], $"the comment of paragraph {twice.Key} is there {(lines.Count == 2 ? "twice" : lines.Count + " times")}, on lines {string.Join(", ", lines[..^1])} and {lines[^1]}",
                $"Keep the one above paragraph {twice.Key}'s translation and delete the other{(lines.Count > 2 ? "s" : "")}.", Severity.Error));
        }
        var present = anchors.Select(a => a.Number).ToHashSet();
        var highest = anchors.Max(a => a.Number);
        for (int n = 1; n < highest; n++)
        {
            if (present.Contains(n)) continue;
            // It belonged above the translation that now stands under the comment before it: named at the next comment.
            var next = anchors.Where(a => a.Number > n).MinBy(a => a.Position);
            var line = n <= originals.Count ? Scaffold.Anchor(n, originals[n - 1]) : $"<!-- ¶{n} -->";
            found.Add((next.Line, $"the comment of paragraph {n} is missing",
                $"Put this line back, on a line of its own, above the translation of paragraph {n} ({(n > 1 ? $"now under the comment of paragraph {n - 1}" : "now above the first comment")}): {line}", Severity.Error));
        }
        return found;
    }

    // Without backtracking: a body ending in 100,000 "<!--" that no "-->" closes was searched to its end from each of
    // them (5 s for 500 KB); the automaton reads it once.
    [GeneratedRegex(@"<!--[\s\S]*?-->", RegexOptions.NonBacktracking)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^<!--\s*¶\s*(\d+)")]
    private static partial Regex Anchor();

    // An anchor inside another comment, which a "<!--" left open in a slot ran over.
    [GeneratedRegex(@"<!--\s*¶\s*(\d+)")]
    private static partial Regex InnerAnchor();

    // Files written before the separator became an em dash carry "─" (U+2500, which the font lacks): both are read.
    [GeneratedRegex(@"^<!--\s*¶\s*(\d+)\s*[—─]?\s*([\s\S]*?)\s*-->$")]
    private static partial Regex AnchorWording();
}
