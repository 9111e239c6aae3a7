using System.Text;
using Site.Corpus;
using Site.Project;
using Site.Text;

namespace Site.Translations;

/// <summary>
/// Writes the file a volunteer fills in: front-matter with the original's paragraph hashes, then each Persian
/// paragraph as a comment ("&lt;!-- ¶3 — … --&gt;") above an empty slot for its translation.
/// </summary>
public static partial class Scaffold
{
    public static string PathFor(SiteConfig config, Document original, string lang) =>
        Path.Combine(config.InputDir, "translations", lang, original.Section, original.Slug + ".md");

    /// <summary>
    /// The file for <paramref name="original"/> in <paramref name="lang"/>: the empty scaffold, or with a draft's
    /// fields and slots filled in. theme/assets/workbench.js writes the same file in the browser (a test holds the
    /// two equal).
    /// </summary>
    public static string Render(Document original, string lang, TranslationDraft? draft = null)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append($"# Translation of {original.Id}: {original.Title}\n");
        if (original is Message { Author: { } a }) sb.Append($"# Sender: {a}\n");
        sb.Append($"translation_of: {original.Id}\n");
        sb.Append($"lang: {lang}\n");
        if (draft is null)
        {
            sb.Append("title: \"\"        # the title, translated\n");
            if (original is Message) sb.Append("author: \"\"       # the sender's name as written in your language (leave empty if unsigned)\n");
            sb.Append("translators: []  # your name(s) as you want them shown, e.g. [Sara K.]\n");
        }
        else
        {
            sb.Append("title: ").Append(YamlString(draft.Title)).Append('\n');
            if (original is Message) sb.Append("author: ").Append(YamlString(draft.Author)).Append('\n');
            sb.Append("translators: [").Append(string.Join(", ", draft.Translators.Select(YamlName))).Append("]\n");
        }
        sb.Append("status: draft    # a reviewer changes this to: reviewed\n");
        sb.Append("# One hash per paragraph of the original as it was when you translated it; keep these as they are.\n");
        sb.Append("source_hashes: [").Append(string.Join(", ", original.Paragraphs.Select(PersianText.ParagraphHash))).Append("]\n");
        sb.Append("---\n");
        for (int i = 0; i < original.Paragraphs.Count; i++)
        {
            // "--" would end an HTML comment early.
            sb.Append('\n').Append(Anchor(i + 1, original.Paragraphs[i])).Append('\n');
            var slot = draft is not null && i < draft.Slots.Count ? Slot(draft.Slots[i]) : "";
            sb.Append(slot.Length == 0 ? "\n\n" : slot + "\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// The comment that anchors paragraph <paramref name="n"/>'s slot and keeps the original's wording whole, so that
    /// when the original changes the old wording is still there to compare ("--" would end the comment early).
    /// </summary>
    public static string Anchor(int n, string persian) => $"<!-- ¶{n} — {Wording(persian)} -->";

    /// <summary>A Persian paragraph as its comment carries it: "--" would end the comment early.</summary>
    public static string Wording(string persian) => persian.Replace("--", "- -");

    /// <summary>A slot's text as the file keeps it: line ends made \n, blank ends trimmed.</summary>
    public static string Slot(string text)
    {
        var t = text.Replace("\r\n", "\n").Replace('\r', '\n');
        // What no page can show, pasted in from another program (a vertical tab, a form feed), becomes a space: the
        // file would otherwise be refused at that line (Text/Unshowable). A file read back has none to replace.
        if (Text.Unshowable.IndexIn(t) >= 0) t = string.Create(t.Length, t, static (to, from) => { for (var i = 0; i < from.Length; i++) to[i] = Text.Unshowable.Chars.Contains(from[i]) ? ' ' : from[i]; });
        return t.Trim();
    }

    /// <summary>
    /// A name in the translators' list: as it is when YAML reads it back as the same text (letters, spaces, dots,
    /// apostrophes and hyphens, a letter first, not a YAML word such as "no"), as the files are written by hand
    /// ("[project team]"), so that improving a translation in the browser does not rewrite the line; else in quotes.
    /// workbench.js's yamlName is the same.
    /// </summary>
    public static string YamlName(string name)
    {
        var t = name.Trim();
        return PlainName().IsMatch(t) && !YamlWords.Contains(t) ? t : YamlString(t);
    }

    static readonly HashSet<string> YamlWords = new(["null", "true", "false", "yes", "no", "on", "off", "y", "n"], StringComparer.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}[\p{L}\p{M}\p{N} .'\-]*$")]
    private static partial System.Text.RegularExpressions.Regex PlainName();

    /// <summary>A one-line YAML string in double quotes.</summary>
    public static string YamlString(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in (text ?? "").Trim())
        {
            if (c is '\\' or '"') sb.Append('\\').Append(c);
            else if (char.IsControl(c)) sb.Append(' ');
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The documents an id typed without its prefix or padding may mean: "15", "msg-15", "res3".</summary>
    static List<Document> Near(CorpusContent corpus, string id)
    {
        var digits = new string(id.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 || !int.TryParse(digits, out var n)) return [];
        var kind = id.StartsWith("res", StringComparison.OrdinalIgnoreCase) ? "res-" : id.StartsWith("msg", StringComparison.OrdinalIgnoreCase) ? "msg-" : "";
        return [.. corpus.All.Where(d => d.Id.StartsWith(kind, StringComparison.Ordinal) && int.TryParse(d.Id[4..], out var m) && m == n)];
    }

    /// <summary>The id a translation file's front-matter names as its original (its 'translation_of:' line), or null.</summary>
    static string? TranslationOf(string file)
    {
        try
        {
            foreach (var line in File.ReadLines(file).Take(40))
                if (line.StartsWith("translation_of:", StringComparison.Ordinal)) return line["translation_of:".Length..].Split('#')[0].Trim().Trim('"', '\'');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>Creates the scaffold; refuses to overwrite a file that exists.</summary>
    public static string Create(SiteConfig config, CorpusContent corpus, string id, string lang)
    {
        var original = corpus.All.FirstOrDefault(d => d.Id == id || d.Slug == id)
            ?? throw new SiteError("translate", 0, $"there is no message or resolution with the id '{id}'",
                (Near(corpus, id) is [_, ..] near ? $"Did you mean {string.Join(" or ", near.Select(d => $"{d.Id} ({d.Title})"))}? " : "")
                + "Use an id such as msg-015 or res-03: the translations page of the site lists them all.");
        // A language code reads the same in any case (EN is en).
        lang = lang.ToLowerInvariant();
        if (lang == "fa")
            throw new SiteError("translate", 0, "Persian is the originals' language: there is nothing to translate into it",
                $"Give the language to translate into: {string.Join(", ", config.Translations)}.");
        if (!config.Translations.Contains(lang))
            throw new SiteError(SiteConfig.FileName, 0, $"the site does not publish translations in '{lang}'",
                $"Use one of: {string.Join(", ", config.Translations)}; or add '{lang}' to 'translations:' in {SiteConfig.FileName} and a strings table theme/strings/{lang}.yml.");
        var path = PathFor(config, original, lang);
        var shown = Path.GetRelativePath(config.Root, path);
        if (File.Exists(path))
            throw new SiteError(shown, 1, "a translation of this document in this language exists already",
                "Open that file and continue it, or delete it first if you really mean to start again.");
        if (Directory.Exists(path))
            throw new SiteError(shown, 0, "is a folder, where the translation's file would be", "Move the files out of it and delete it, then run translate again.");
        // The same document translated under another name (renamed by hand): a second file would be a second translation.
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(folder))
            foreach (var other in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
                if (TranslationOf(other) == original.Id)
                    throw new SiteError(Path.GetRelativePath(config.Root, other), 1, $"this file translates {original.Id} into '{lang}' already",
                        "Open that file and continue it; a document has one translation per language.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ProjectFiles.WriteWhole(path, Render(original, lang), replace: false);
        return shown;
    }
}

/// <summary>What a volunteer typed: the fields and one slot per paragraph (Markdown, as typed).</summary>
public sealed record TranslationDraft(string Title, string? Author, IReadOnlyList<string> Translators, IReadOnlyList<string> Slots);
