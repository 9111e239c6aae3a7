using System.Globalization;
using System.Text;

namespace Site.Text;

/// <summary>
/// The one place where Persian text is normalized. Two strengths:
/// <see cref="Normalize"/> is what the corpus stores (and what paragraph hashes see);
/// <see cref="FoldForSearch"/> additionally folds the spellings readers type differently.
/// </summary>
public static class PersianText
{
    public const char Zwnj = '\u200C';

    /// <summary>
    /// Corpus normalization, and nothing else: Arabic ي ى ك → Persian ی ی ک (and the Kurdish ێ ۇ that stray into
    /// Persian text → ی و); Arabic-Indic digits → Persian digits;
    /// runs of white space collapsed to one space and the ends trimmed; ZWNJ kept.
    /// </summary>
    public static string Normalize(string text) =>
        // Most text is normal already (the corpus is stored normalized): then it is returned as it is, not copied.
        IsNormal(text) ? text : Collapse(text, letters: true);

    /// <summary>
    /// <see cref="Normalize"/>'s white space alone (runs collapsed to one space, the ends trimmed, BOM dropped, ZWNJ
    /// kept), for the text of a translation: an Arabic translation's ي ك and digits are its own spelling, not Persian
    /// written with Arabic letters.
    /// </summary>
    public static string CollapseWhiteSpace(string text)
    {
        var collapsed = Collapse(text, letters: false);
        return collapsed == text ? text : collapsed;
    }

    /// <summary>White space collapsed and trimmed (ZWNJ kept, BOM dropped); with <paramref name="letters"/>, the Arabic letters and digits made Persian too.</summary>
    static string Collapse(string text, bool letters)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (var raw in text)
        {
            var c = !letters ? raw : raw switch
            {
                '\u064A' => 'ی',                 // Arabic yeh
                '\u0649' => 'ی',                 // alef maksura, written for yeh at a word's end
                '\u06CE' => 'ی',                 // Kurdish yeh with a small v
                '\u06C7' => 'و',                 // Kurdish u
                '\u0643' => 'ک',                 // Arabic kaf
                >= '\u0660' and <= '\u0669' => (char)('۰' + (raw - '\u0660')), // Arabic-Indic → Persian digits
                _ => raw,
            };
            if (c != Zwnj && (char.IsWhiteSpace(c) || c == '\uFEFF'))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>What <see cref="Normalize"/> would change: other spaces than ' ', Arabic yeh and kaf (and their look-alikes), Arabic-Indic digits, BOM.</summary>
    /// <remarks>A table, not SearchValues: for a set with letters of the Arabic block, SearchValues' vectorized filter
    /// matched nearly every Persian letter and checked each one again, slower than looking each character up.</remarks>
    static readonly bool[] Changed = MakeChanged();

    static bool[] MakeChanged()
    {
        var t = new bool[0x10000];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            t[i] = (char.IsWhiteSpace(c) && c != ' ') || c is '\u064A' or '\u0649' or '\u06CE' or '\u06C7' or '\u0643' or '\uFEFF' or (>= '\u0660' and <= '\u0669');
        }
        return t;
    }

    static bool IsNormal(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var changed = Changed;
        foreach (var c in text) if (changed[c]) return false;
        return !text.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Folding for search and matching. On top of <see cref="Normalize"/>: every digit becomes ASCII; diacritics
    /// (harakat) and tatweel are dropped; ى ة أ إ ٱ ؤ fold to their plain letters; Latin letters are lower-cased;
    /// ZWNJ is dropped, and the prefixes می/نمی and the suffixes ها/های/… that people write joined, with a ZWNJ or
    /// with a space are joined to their word. So "می‌خواهم", "میخواهم" and "می خواهم" all become "میخواهم".
    /// The importer's topic rules and the search index (text and queries alike) see text this way; theme/assets/search.js
    /// does the same to queries in the browser, and a test holds the two to the same results.
    /// </summary>
    public static string FoldForSearch(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c0 in Normalize(text))
        {
            var c = c0;
            if (c is >= '۰' and <= '۹') c = (char)('0' + (c - '۰'));
            else if (c == Zwnj) continue;
            else if (c == 'ـ') continue;                                          // tatweel
            else if (c is >= '\u064B' and <= '\u065F' || c == '\u0670') continue;  // harakat, superscript alef
            else if (c == 'ى') c = 'ی';
            else if (c == 'ة') c = 'ه';
            else if (c is 'أ' or 'إ' or 'ٱ') c = 'ا';
            else if (c == 'ؤ') c = 'و';
            sb.Append(char.ToLowerInvariant(c));
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new List<string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if ((w == "می" || w == "نمی") && i + 1 < words.Length && IsPersianWord(words[i + 1])) { words[i + 1] = w + words[i + 1]; continue; }
            if (joined.Count > 0 && JoinedSuffixes.Contains(w) && IsPersianWord(joined[^1])) { joined[^1] += w; continue; }
            joined.Add(w);
        }
        return string.Join(' ', joined);
    }

    /// <summary>Suffixes written joined, with a ZWNJ or apart: joined for matching.</summary>
    static readonly HashSet<string> JoinedSuffixes = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین"];

    static bool IsPersianWord(string w) => w.Length > 0 && w[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>Variant for matching words regardless of spacing: FoldForSearch with every space removed.</summary>
    public static string FoldCompact(string text) => FoldForSearch(text).Replace(" ", "");

    /// <summary>Words of the folded text with punctuation stripped, for comparing texts word by word.</summary>
    public static string[] FoldCompactWords(string text) =>
        new string(FoldForSearch(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>ASCII (and Arabic-Indic) digits written as Persian digits, for every number the site generates.</summary>
    public static string Digits(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9') chars[i] = (char)('۰' + (chars[i] - '0'));
            else if (chars[i] is >= '\u0660' and <= '\u0669') chars[i] = (char)('۰' + (chars[i] - '\u0660'));
        }
        return new string(chars);
    }

    public static string Digits(int n) => Digits(n.ToString(CultureInfo.InvariantCulture));

    /// <summary>Persian digits → ASCII, for parsing numbers written in the source.</summary>
    public static string AsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '۰' and <= '۹') chars[i] = (char)('0' + (chars[i] - '۰'));
            else if (chars[i] is >= '\u0660' and <= '\u0669') chars[i] = (char)('0' + (chars[i] - '\u0660'));
        }
        return new string(chars);
    }

    /// <summary>Short, stable hash of a paragraph after normalization: spelling fixes of ي/ك or spacing do not change it.</summary>
    public static string ParagraphHash(string paragraph)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(paragraph)));
        return Convert.ToHexString(bytes, 0, 4).ToLowerInvariant();
    }
}
