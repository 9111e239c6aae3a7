using Site.Text;
using System.Text.RegularExpressions;
using Site.Corpus;
using Site.Project;

namespace Site.Translations;

/// <summary>
/// One finding of the translation rules: which rule, which paragraph (0 for the file), and what it found (the
/// count, the link, the tag). <see cref="TranslationRules.Describe"/> words it for check.
/// </summary>
public sealed record RuleFinding(string Rule, int Paragraph, string Detail, Severity Severity);

/// <summary>
/// The rules a translation must keep, on its text as typed: what check reports and what the workbench shows at each
/// slot as the volunteer types. theme/assets/workbench.js holds the same rules in JavaScript, and a test
/// (TranslationRulesParityTests) holds the two to the same findings over shared cases.
/// </summary>
public static partial class TranslationRules
{
    public const string TitleMissing = "title-missing";
    public const string TranslatorsMissing = "translators-missing";
    public const string SlotCount = "slot-count";
    public const string SlotEmpty = "slot-empty";
    public const string SlotSeveral = "slot-several";
    public const string LinkScheme = "link-scheme";
    public const string RawHtml = "raw-html";
    public const string Unshowable = "slot-unshowable";
    public const string SlotLinks = "slot-links";
    public const string SlotComment = "slot-comment";
    public const string SlotBlock = "slot-block";
    public const string SlotList = "slot-list";
    public const string SlotOriginal = "slot-original";
    public const string SlotScript = "slot-script";
    public const string SlotPersianLetters = "slot-persian-letters";
    public const string AuthorMissing = "author-missing";

    /// <summary>Translation languages written in the Arabic script (the others are read as written in another).</summary>
    static readonly HashSet<string> ArabicScript = ["ar", "ur", "ps", "ckb", "sd", "ug"];

    /// <summary>Letters of Persian that Arabic writes otherwise (پ چ ژ گ, and Persian ک ی for Arabic ك ي).</summary>
    const string PersianOnly = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

    /// <summary>
    /// Whether the translation of paragraph <paramref name="n"/> is in <paramref name="lang"/> at all: the original
    /// pasted in its box, a paragraph of another script (Persian in an English box, English in an Arabic one), or, in
    /// Arabic, letters only Persian writes. Warnings: a name or a quotation may be meant.
    /// </summary>
    public static List<RuleFinding> Language(int n, string text, string original, string lang)
    {
        var t = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (t.Length == 0) return [];
        // A name (a signature line) reads the same in Arabic: only a paragraph of more than three words is flagged.
        if (PersianText.Normalize(t) is var same && same == PersianText.Normalize(original) && same.Split(' ').Length > 3)
            return [new(SlotOriginal, n, "", Severity.Warning)];
        int arabic = 0, other = 0, persianCount = 0;
        var persian = new List<char>();
        // An address's letters are no language's: a paragraph that links or cites one is not taken for untranslated.
        foreach (var c in Address().Replace(t, " "))
        {
            if (!char.IsLetter(c)) continue;
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') arabic++;
            else other++;
            if (!PersianOnly.Contains(c)) continue;
            persianCount++;
            if (!persian.Contains(c)) persian.Add(c);
        }
        var arabicScript = ArabicScript.Contains(lang);
        // Most of the letters, and enough of them to be more than a name.
        if (arabicScript ? other > arabic && other >= 20 : arabic > other && arabic >= 20)
            return [new(SlotScript, n, arabicScript ? "latin" : "arabic", Severity.Warning)];
        // A Persian name may keep its پ or گ in Arabic; Persian words bring ی and ک at every turn.
        if (lang == "ar" && persianCount >= 3) return [new(SlotPersianLetters, n, string.Join(" ", persian), Severity.Warning)];
        return [];
    }

    /// <summary>The front-matter a volunteer fills in: a title and at least one translator, none of them blank.</summary>
    public static List<RuleFinding> Fields(string? title, IReadOnlyList<string> translators)
    {
        var found = new List<RuleFinding>();
        if (string.IsNullOrWhiteSpace(title)) found.Add(new(TitleMissing, 0, "", Severity.Error));
        if (translators.Count == 0 || translators.Any(string.IsNullOrWhiteSpace)) found.Add(new(TranslatorsMissing, 0, "", Severity.Error));
        return found;
    }

    /// <summary>
    /// A signed message's sender left empty (a warning): the edition would then spell the Persian name letter by
    /// letter. <paramref name="sender"/> is the original's, given only when it is signed.
    /// </summary>
    public static List<RuleFinding> Sender(string? sender, string? author) =>
        !string.IsNullOrWhiteSpace(sender) && string.IsNullOrWhiteSpace(author) ? [new(AuthorMissing, 0, sender, Severity.Warning)] : [];

    /// <summary>The sender a translation must name: a message's, when it is signed.</summary>
    public static string? SignedSender(Document doc) => doc is Message { Author: { Length: > 0 } a, AuthorKind: not AuthorKind.Unsigned } ? a : null;

    /// <summary>
    /// One slot per paragraph of the original: the workbench's rule (its page has a slot per paragraph, so it holds
    /// unless a draft was kept of another wording). check says more where it reads a file: which comment is missing,
    /// extra or mistyped, at its line (TranslationReader).
    /// </summary>
    public static List<RuleFinding> Count(int slots, int paragraphs) =>
        slots == paragraphs ? [] : [new(SlotCount, 0, $"{slots}/{paragraphs}", Severity.Error)];

    /// <summary>
    /// The translation of paragraph <paramref name="n"/>: not empty, one paragraph (no blank line inside, no line that
    /// starts a block of its own), no comment left open; links that the site will not keep, raw HTML, which the site
    /// shows as text, and a paragraph that starts as a list are warned about.
    /// </summary>
    public static List<RuleFinding> Slot(int n, string text)
    {
        var found = new List<RuleFinding>();
        var t = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        // Nothing a reader sees (invisible characters, no-break spaces written as entities) is no translation.
        if (t.Length == 0 || Invisible().IsMatch(t)) return [new(SlotEmpty, n, "", Severity.Error)];
        // A block of link reference definitions ("[1]: https://…") is not a paragraph of its own.
        var parts = BlankLine().Split(t).Count(part => !part.Split('\n').All(line => LinkDefinitions.IsDefinition(line)));
        if (parts == 0) return [new(SlotEmpty, n, "", Severity.Error)];
        if (parts > 1) found.Add(new(SlotSeveral, n, parts.ToString(System.Globalization.CultureInfo.InvariantCulture), Severity.Error));
        // In the file, a comment nothing in the slot closes runs on to the next anchor's "-->" and hides what is between.
        var unclosed = UnclosedComment(t) >= 0;
        if (unclosed) found.Add(new(SlotComment, n, "", Severity.Error));
        found.AddRange(Blocks(n, t));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Link().Matches(t))
        {
            var url = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
            if (!SafeMarkdown.IsSafeUrl(url) && seen.Add("l " + url)) found.Add(new(LinkScheme, n, url, Severity.Warning));
        }
        foreach (Match m in Tag().Matches(t))
        {
            var tag = m.Groups[1].Success ? "<" + m.Groups[1].Value.ToLowerInvariant() + ">" : m.Value;
            // An unclosed "<!--" is the error above, not HTML shown as text.
            if (unclosed && tag == "<!--") continue;
            if (seen.Add("t " + tag)) found.Add(new(RawHtml, n, tag, Severity.Warning));
        }
        var open = 0;
        if (LinkLimitExtension.Attempts(t, ref open) > MarkdownText.MaxLinks)
            found.Add(new(SlotLinks, n, MarkdownText.MaxLinks.ToString(System.Globalization.CultureInfo.InvariantCulture), Severity.Error));
        foreach (var reference in UnshowableReferences(t))
            if (seen.Add("u " + reference)) found.Add(new(Unshowable, n, reference, Severity.Error));
        return found;
    }

    /// <summary>
    /// Numeric character references (&amp;#1;, &amp;#x1F;) to a character no page can show (<see cref="Text.Unshowable"/>), as
    /// written, outside code spans and not escaped with a backslash: Markdown turns them into the character, and the
    /// build refuses the file (MarkdownText.Blocks). The build's refusal comes from Markdig's own reading; this is a
    /// plain scan, written again in workbench.js, so that the browser says it as the volunteer types, and check too.
    /// </summary>
    public static IEnumerable<string> UnshowableReferences(string text)
    {
        if (!text.Contains("&#", StringComparison.Ordinal)) yield break;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && AsciiPunctuation.Contains(text[i + 1])) { i += 2; continue; }
            if (c == '`')
            {
                // A code span shows its text as written: from a run of backticks to the next run as long.
                var run = Run(text, i);
                var close = Closing(text, i + run, run);
                i = close < 0 ? i + run : close + run;
                continue;
            }
            if (c == '&' && NumericReference().Match(text, i) is { Success: true } m && m.Index == i)
            {
                var value = m.Groups[1].Success ? long.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
                    : long.Parse(m.Groups[2].ValueSpan, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                if (value is > 0 and <= 0xFFFF && Text.Unshowable.Chars.Contains((char)value)) yield return m.Value;
                i += m.Length;
                continue;
            }
            i++;
        }

        static int Run(string s, int at) { var e = at; while (e < s.Length && s[e] == '`') e++; return e - at; }
        static int Closing(string s, int from, int run)
        {
            for (var at = s.IndexOf('`', from); at >= 0; at = s.IndexOf('`', at))
            {
                var r = Run(s, at);
                if (r == run) return at;
                at += r;
            }
            return -1;
        }
    }

    /// <summary>
    /// Where in <paramref name="text"/> a "&lt;!--" stands that no "--&gt;" after it closes, or -1. In a translation file
    /// such a comment is closed only by the next paragraph's anchor, and everything up to there is hidden.
    /// </summary>
    public static int UnclosedComment(string text)
    {
        for (var at = text.IndexOf("<!--", StringComparison.Ordinal); at >= 0;)
        {
            var end = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (end < 0) return at;
            at = text.IndexOf("<!--", end + 3, StringComparison.Ordinal);
        }
        return -1;
    }

    /// <summary>
    /// A line inside the slot that Markdown reads as the start of a block (a heading, quote, rule, code, or a list that
    /// may interrupt a paragraph) breaks the paragraph or changes it, with no blank line to point at: the first such
    /// line, as "marker line escaped". A slot that starts as a list item is shown as a list: "marker escaped".
    /// </summary>
    static IEnumerable<RuleFinding> Blocks(int n, string t)
    {
        var lines = t.Split('\n');
        // A slot that starts as a heading, quote, rule or code fence: the '#' is dropped, the text quoted, or the
        // paragraph lost (before, check said nothing, or that a paragraph was missing, at the file's last line).
        if (FirstBlockStart().IsMatch(lines[0]))
        {
            var marker = Marker(lines[0]);
            yield return new(SlotBlock, n, $"{marker} 1 {Escaped(marker)}", Severity.Error);
            yield break;
        }
        if (ListItem().IsMatch(lines[0]))
        {
            var marker = Marker(lines[0]);
            yield return new(SlotList, n, $"{marker} {Escaped(marker)}", Severity.Warning);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            // After a blank line a paragraph starts anew (slot-several says so); only a line that continues one counts.
            if (BlankLineOnly().IsMatch(lines[i - 1]) || !BlockStart().IsMatch(lines[i])) continue;
            var marker = Marker(lines[i]);
            // One is enough: once it is joined, the lines after it may read differently.
            yield return new(SlotBlock, n, $"{marker} {i + 1} {Escaped(marker)}", Severity.Error);
            yield break;
        }
    }

    /// <summary>What starts a block on <paramref name="line"/>: "1." or "12)" for a number, "&gt;", else the run of its first character ("##", "---", "```").</summary>
    static string Marker(string line)
    {
        var s = line.TrimStart(' ');
        if (char.IsAsciiDigit(s[0]))
        {
            var d = 0;
            while (char.IsAsciiDigit(s[d])) d++;
            return s[..(d + 1)];
        }
        if (s[0] == '>') return ">";
        var e = 0;
        while (e < s.Length && s[e] == s[0]) e++;
        return s[..e];
    }

    /// <summary>The marker written so that Markdown shows it as text: "\#", "1\.".</summary>
    static string Escaped(string marker) =>
        char.IsAsciiDigit(marker[0]) ? marker[..^1] + "\\" + marker[^1] : "\\" + marker;

    /// <summary>What a backslash escapes in Markdown.</summary>
    const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>What check says of a finding: the problem and the fix, in plain English.</summary>
    public static (string Problem, string Fix) Describe(RuleFinding f) => f.Rule switch
    {
        TitleMissing => ("'title' is missing", "Add the title in your language."),
        TranslatorsMissing => ("'translators' is missing or has an empty name", "List the names you want shown, e.g. 'translators: [Sara K.]'."),
        SlotCount => ($"the file has {f.Detail.Split('/')[0]} paragraph slots, but the original has {f.Detail.Split('/')[1]} paragraphs",
            "Scaffold the file again with 'translate' and copy your paragraphs into it."),
        SlotEmpty => ($"paragraph {f.Paragraph} is not translated yet (its slot is empty)", $"Write the translation of paragraph {f.Paragraph} under its Persian comment."),
        SlotSeveral => ($"paragraph {f.Paragraph} is translated as {f.Detail} paragraphs",
            $"Join them into one (no blank line inside), so that paragraph {f.Paragraph} stays beside its original."),
        LinkScheme => ($"paragraph {f.Paragraph}: the link to '{f.Detail}' will be shown as plain text (the site keeps only http, https, mailto and relative links)",
            "Link to an http(s) address, or write the address as text."),
        RawHtml => ($"paragraph {f.Paragraph}: '{f.Detail}' is HTML, which the site shows as text, not as markup",
            "Write plain text; Markdown's *emphasis* and [links](https://…) are kept."),
        SlotLinks => ($"paragraph {f.Paragraph} has more than {f.Detail} links in it (counted by their '](' and '][')",
            TooManyLinksException.ParagraphFix),
        Unshowable => ($"paragraph {f.Paragraph}: '{f.Detail}' writes an invisible character that no page can show",
            $"Delete '{f.Detail}'; if a special character was meant, type the character itself."),
        // The reader names the anchor the comment ran over (Detail); the rule only knows nothing in the slot closes it.
        SlotComment => ($"{(f.Paragraph > 0 ? $"paragraph {f.Paragraph}" : "above the first paragraph's comment")}: '<!--' starts a comment that "
            + (f.Detail.Length > 0 ? $"nothing in the paragraph closes, so it runs on over the comment of paragraph {f.Detail}" : "nothing closes, so it hides the rest of the file"),
            "Remove the '<!--' (write notes for the reviewer in the pull request, not in the file)."),
        SlotBlock when f.Detail.Split(' ') is [var marker, "1", var escaped] =>
            ($"paragraph {f.Paragraph} starts with '{marker}', which Markdown reads as a heading, quote, rule or code block, not as the paragraph",
                $"Write '{escaped}' instead of '{marker}' to keep it as text."),
        SlotBlock when f.Detail.Split(' ') is [var marker, var line, var escaped] =>
            ($"paragraph {f.Paragraph}: its line {line} starts with '{marker}', which Markdown reads as the start of a heading, list, quote, rule or code block, not as part of the paragraph",
                $"Join that line to the line before, or write '{escaped}' instead of '{marker}' to keep it as text."),
        SlotOriginal => ($"paragraph {f.Paragraph} is the original's text, not its translation", $"Write paragraph {f.Paragraph} in the translation's language in place of the Persian."),
        SlotScript => ($"paragraph {f.Paragraph} is written mostly in {(f.Detail == "latin" ? "Latin letters" : "the Persian (Arabic) script")}, not in the translation's",
            "Check that the paragraph is translated, into this file's language; a name or a quotation in another script may stay."),
        SlotPersianLetters => ($"paragraph {f.Paragraph} has letters Arabic does not use ({f.Detail}): it may still be Persian",
            "Write the Arabic letters (ب ج ز ك ي for پ چ ژ گ ک ی), or translate the words that are still Persian."),
        SlotList when f.Detail.Split(' ') is [var marker, var escaped] =>
            ($"paragraph {f.Paragraph} starts with '{marker}', so the site shows it as a list", $"Write '{escaped}' instead of '{marker}' to keep it as text."),
        _ => (f.Rule, ""),
    };

    // A link's destination ("](…)") or an address written out: workbench.js's ADDRESS.
    [GeneratedRegex(@"\]\([^)\s]*\)?|(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^[ \t]*$")]
    private static partial Regex BlankLineOnly();

    // A block that is no paragraph and no list: an ATX heading, a quote, a code fence (no backtick after ```), a
    // thematic break (which wins over a list: "- - -" is a rule).
    const string OtherBlock = @"#{1,6}(?:[ \t]|$)|>|`{3,}[^`]*$|~{3,}|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|(?:-[ \t]*){3,}$";

    // What CommonMark lets interrupt a paragraph, at most 3 spaces in: those, a setext underline, a list item with
    // text (a numbered one only from 1).
    [GeneratedRegex(@"^ {0,3}(?:" + OtherBlock + @"|=+[ \t]*$|-+[ \t]*$|[-*+][ \t]+[^ \t]|1[.)][ \t]+[^ \t])")]
    private static partial Regex BlockStart();

    // What starts a slot's first line (trimmed) as a block other than a list.
    [GeneratedRegex("^(?:" + OtherBlock + ")")]
    private static partial Regex FirstBlockStart();

    // A list item at the start of a paragraph: a bullet, or any number with "." or ")".
    [GeneratedRegex(@"^(?:[-*+]|[0-9]{1,9}[.)])[ \t]+[^ \t]")]
    private static partial Regex ListItem();

    // A Markdown link's target, [text](target), or an autolink <scheme:…>.
    [GeneratedRegex(@"\]\(\s*<?([^\s()>]*(?:\([^\s()]*\)[^\s()>]*)*)|<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|(?:^|\n) {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]*)")]
    private static partial Regex Link();

    // A numeric character reference as CommonMark reads one: up to 7 decimal or 6 hexadecimal digits.
    [GeneratedRegex(@"\G&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));")]
    private static partial Regex NumericReference();

    // A start or end tag, or a comment: raw HTML, which the site's Markdown shows as text.
    [GeneratedRegex(@"<!--|</?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")]
    private static partial Regex Tag();

    /// <summary>Only spaces, invisible (format) characters and no-break spaces written as entities. workbench.js has the same pattern.</summary>
    [GeneratedRegex(@"^(?:[\s\p{Cf}]|&nbsp;|&#160;|&#[xX][aA]0;)*$")]
    private static partial Regex Invisible();
}
