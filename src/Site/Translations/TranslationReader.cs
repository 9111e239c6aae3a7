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

    public static Result ReadAll(SiteConfig config, CorpusContent corpus)
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
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".bak", StringComparison.Ordinal)) return (null, []);
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
        foreach (var (t, f) in InParallel.Map(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(), ReadFile))
        {
            findings.AddRange(f);
            if (t is not null) translations.Add(t);
        }
        foreach (var dup in translations.GroupBy(t => (t.Meta.TranslationOf, t.Lang)).Where(g => g.Count() > 1))
            foreach (var t in dup.Skip(1))
                findings.Add(new Diagnostic(t.Path, 2, $"{dup.First().Path} translates {t.Meta.TranslationOf} into '{t.Lang}' too",
                    "Keep one translation per document and language: merge the two files."));
        return new Result(translations, findings);
    }

    static (Translation?, List<Diagnostic>) ReadOne(string path, string shown, string folderLang, string folderKind, SiteConfig config, Dictionary<string, Document> byId)
    {
        var findings = new List<Diagnostic>();
        var file = FrontMatterFile.Parse(shown, CorpusReader.ReadText(path, shown));
        var meta = Yaml.Read<TranslationFrontMatter>(file.Yaml, shown, file.YamlFirstLine);
        void Error(string key, string problem, string fix) => findings.Add(new Diagnostic(shown, file.LineOf(key), problem, fix));

        if (!config.Translations.Contains(meta.Lang))
            Error("lang", string.IsNullOrEmpty(meta.Lang) ? "'lang' is missing" : $"the language '{meta.Lang}' is not one the site publishes",
                $"Use one of: {string.Join(", ", config.Translations)} (statiq.config lists them), or ask a maintainer to add yours.");
        else if (meta.Lang != folderLang)
            Error("lang", $"'lang: {meta.Lang}' but the file is in the '{folderLang}' folder", $"Move the file to input/translations/{meta.Lang}/, or fix 'lang'.");
        if (meta.Translators.Count == 0 || meta.Translators.Any(string.IsNullOrWhiteSpace))
            Error("translators", "'translators' is missing or has an empty name", "List the names you want shown, e.g. 'translators: [Sara K.]'.");
        if (meta.Status is null)
            Error("status", "'status' is missing", "Add 'status: draft' (a reviewer changes it to 'reviewed').");
        if (string.IsNullOrWhiteSpace(meta.Title))
            Error("title", "'title' is missing", "Add the title in your language.");
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

        var (paragraphs, slotProblems) = Slots(file.Body, file.BodyFirstLine, original.Paragraphs.Count);
        foreach (var (line, problem, fix) in slotProblems) findings.Add(new Diagnostic(shown, line, problem, fix));
        if (slotProblems.Count == 0 && paragraphs.Count != original.Paragraphs.Count)
            findings.Add(new Diagnostic(shown, paragraphs.Count > 0 ? paragraphs[^1].Line : file.BodyFirstLine,
                $"{paragraphs.Count} paragraph(s), but the original has {original.Paragraphs.Count}",
                "Translate each paragraph of the original as one paragraph, in the same order, separated by a blank line."));

        var stale = new List<bool>();
        for (int i = 0; i < original.Paragraphs.Count; i++)
        {
            var now = PersianText.ParagraphHash(original.Paragraphs[i]);
            var then = i < meta.SourceHashes.Count ? meta.SourceHashes[i] : null;
            bool changed = then is not null && then != now;
            stale.Add(changed);
            if (changed)
                findings.Add(new Diagnostic(shown, i < paragraphs.Count ? paragraphs[i].Line : file.LineOf("source_hashes"),
                    $"paragraph {i + 1} of the original changed since it was translated", $"Compare it with the original, update your paragraph {i + 1}, then set source_hashes[{i}] to {now}.", Severity.Warning));
        }
        if (meta.SourceHashes.Count != original.Paragraphs.Count)
            findings.Add(new Diagnostic(shown, file.LineOf("source_hashes"), $"source_hashes has {meta.SourceHashes.Count} entries, but the original has {original.Paragraphs.Count} paragraphs",
                "Keep the list that 'translate' wrote; it pins the original's paragraphs you translated.", Severity.Warning));

        foreach (var (field, text) in new[] { ("title", meta.Title), ("author", meta.Author) }.Concat(meta.Translators.Select(t => ("translators", (string?)t))))
            if (HiddenCharacters.Warn(shown, file.LineOf(field), field, text) is { } hidden) findings.Add(hidden);

        if (findings.Any(f => !f.IsWarning)) return (null, findings);
        return (new Translation(shown, meta, original, paragraphs, stale), findings);
    }

    /// <summary>
    /// The translated paragraphs. HTML comments are not text: the scaffold's "&lt;!-- ¶3 ─ … --&gt;" comments are
    /// anchors, and the text from one anchor to the next (also on the anchor's own line, after the comment) is that
    /// paragraph's slot; each slot must hold one paragraph, in the anchors' order. Without anchors, the body's
    /// top-level blocks are the paragraphs. Problems are named by slot and line.
    /// </summary>
    static (List<Paragraph>, List<(int, string, string)>) Slots(string body, int firstLine, int expected)
    {
        var problems = new List<(int, string, string)>();
        // Comments become blank lines (line numbers stay); anchors are remembered at the place they stood.
        var clean = new System.Text.StringBuilder(body.Length);
        var anchors = new List<(int Number, int Position, int Line)>();
        int last = 0, at = firstLine;
        foreach (Match m in Comment().Matches(body))
        {
            clean.Append(body, last, m.Index - last);
            var lineStart = m.Index == 0 ? 0 : body.LastIndexOf('\n', m.Index - 1) + 1;
            // Lines are counted on from the last comment, not from the top each time.
            at += body.AsSpan(last, m.Index - last).Count('\n');
            if (Anchor().Match(m.Value) is { Success: true } a)
            {
                anchors.Add((int.Parse(a.Groups[1].Value), clean.Length, at));
                if (body[lineStart..m.Index].Trim().Length > 0)
                    problems.Add((at, $"there is text before the comment of paragraph {a.Groups[1].Value} on the same line",
                        "Put each translation on the line(s) after its Persian comment, not before it."));
            }
            var inside = m.Value.AsSpan().Count('\n');
            clean.Append('\n', inside);
            at += inside;
            last = m.Index + m.Length;
        }
        clean.Append(body, last, body.Length - last);
        var text = clean.ToString();
        if (anchors.Count == 0) return (MarkdownText.Blocks(text, firstLine, html: true), problems);

        int LineAt(int pos) => firstLine + text.AsSpan(0, pos).Count('\n');
        if (text[..anchors[0].Position].Trim().Length > 0)
            problems.Add((firstLine, "there is text above the first paragraph's comment", "Move it under the comment of the paragraph it translates, or delete it."));

        var result = new List<Paragraph>();
        for (int k = 0; k < anchors.Count; k++)
        {
            var (n, from, line) = anchors[k];
            if (n != k + 1)
            {
                problems.Add((line, $"the comment of paragraph {n} stands where paragraph {k + 1}'s should", "Keep the comments in the order the scaffold wrote them (¶1, ¶2, …)."));
                continue;
            }
            int to = k + 1 < anchors.Count ? anchors[k + 1].Position : text.Length;
            var slot = text[from..to];
            // Parsed once: the HTML made here is the one the pages show.
            var blocks = MarkdownText.Blocks(slot, LineAt(from), html: true);
            if (blocks.Count == 0)
                problems.Add((line, $"paragraph {n} is not translated yet (its slot is empty)", $"Write the translation of paragraph {n} under its Persian comment."));
            else if (blocks.Count > 1)
                problems.Add((blocks[1].Line, $"paragraph {n} is translated as {blocks.Count} paragraphs", $"Join them into one (no blank line inside), so that paragraph {n} stays beside its original."));
            else result.Add(blocks[0]);
        }
        if (anchors.Count != expected && problems.Count == 0)
            problems.Add((firstLine, $"the file has {anchors.Count} paragraph slots, but the original has {expected} paragraphs", "Scaffold the file again with 'translate' and copy your paragraphs into it."));
        return (result, problems);
    }

    [GeneratedRegex(@"<!--[\s\S]*?-->")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^<!--\s*¶\s*(\d+)")]
    private static partial Regex Anchor();
}
