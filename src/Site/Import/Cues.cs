using System.Text.RegularExpressions;

namespace Site.Import;

/// <summary>
/// The textual cues the segmenter and the analyzer read: how a message opens, how it closes. Kept together so an
/// editor who meets a new pattern in a source knows where to teach it.
/// </summary>
public static partial class Cues
{
    /// <summary>Beginnings of a title or greeting that can open a message.</summary>
    static readonly string[] Openings =
    [
        "پیام", "به کنگره", "خطاب به", "با درود", "درود", "سلام", "با سلام", "رفقا سلام", "عزیزان سلام", "با عرض سلام",
        "به نام", "دوستان و رفقا", "دوستان و رفقای", "پرتوان باد", "از طرف", "“", "\"", "«",
    ];

    /// <summary>Slogans that stand after (or around) a signature.</summary>
    static readonly string[] Slogans =
    [
        "زنده باد", "پاینده باد", "سرنگون باد", "پیروز باد", "برقرار باد", "درود بر", "نه به", "به امید", "با امید",
        "پرتوان باد", "مرگ بر",
    ];

    /// <summary>Closing formulas that stand before or after a signature.</summary>
    static readonly string[] Closings =
    [
        "با تشکر", "با سپاس", "باسپاس", "یا علی", "با عشق", "خسته نباشید", "با احترام", "محل دفن", "با درود",
    ];

    /// <summary>Words that never stand in a signature: a line with one of them is text, not a name.</summary>
    static readonly HashSet<string> NotInSignatures = ["رفقا", "رفقای", "دوستان", "کنگره", "حزب", "عزیزان", "ما", "من", "شما", "را", "است", "هستم", "میکنم", "می"];

    public static bool StartsWithAny(string text, IEnumerable<string> prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal) && (text.Length == p.Length || !char.IsLetter(text[p.Length]) || p is "پیام" or "“" or "\"" or "«"));

    public static bool IsOpening(SourceLine l) => l.Words <= 16 && StartsWithAny(l.Text, Openings);
    public static bool IsSlogan(string t) => StartsWithAny(t, Slogans);
    public static bool IsClosing(string t) => StartsWithAny(t, Closings) && t.Split(' ').Length <= 8;

    /// <summary>Looks like the end of a message: short, no sentence punctuation at its end (a name, a slogan, a date).</summary>
    public static bool IsSignOff(SourceLine l) =>
        l.Words <= 8 && l.Text.Length <= 70 && !EndsLikeSentence(l.Text) || IsSlogan(l.Text) && l.Words <= 10 || Dates.Find(l.Text) is not null && l.Words <= 6;

    public static bool EndsLikeSentence(string t) => t.Length > 0 && t[^1] is '.' or '؟' or '?' or ':' or '،' or ',' or '؛';

    /// <summary>A title line: short, and worded as titles in these documents are.</summary>
    public static bool IsTitleLike(SourceLine l) =>
        l.Words <= 24 && (
            StartsWithAny(l.Text, ["پیام", "به کنگره", "خطاب به", "“", "\"", "«", "تبریک به"]) ||
            l.Text.StartsWith("از ", StringComparison.Ordinal) && l.Words <= 8 ||
            l.Text.StartsWith("ازشهرهای", StringComparison.Ordinal) ||
            l.Text.Contains("کنگره", StringComparison.Ordinal) && (l.Text.TrimEnd('!', ' ').EndsWith("باد", StringComparison.Ordinal) || l.Text.StartsWith("درود بر", StringComparison.Ordinal) || l.Text.StartsWith("پرتوان باد", StringComparison.Ordinal)));

    /// <summary>A line that can be a signature: a few words, none of the words of running text.</summary>
    public static bool CanBeSignature(string t)
    {
        if (!t.Any(char.IsLetter)) return false;
        if (IsGroupName(t)) t = t.TrimEnd('.');
        var words = t.Split(' ');
        if (words.Length > 12 && !IsGroupName(t)) return false;
        if (words.Length > 20) return false;
        if (EndsLikeSentence(t) || t.EndsWith('!')) return false;
        return IsGroupName(t) || !words.Any(NotInSignatures.Contains);
    }

    public static bool IsGroupName(string t) =>
        GroupStart().IsMatch(t) || t.Contains("نفر از", StringComparison.Ordinal) || t.Contains(" و دوستان", StringComparison.Ordinal) ||
        t.Contains(" و خانواده", StringComparison.Ordinal) || Regex.IsMatch(t, @"^\S+ و \S+ \S+$");

    [GeneratedRegex(@"^(یک )?(جمع|جمعی|واحد|خانواده|کارگران|جمع‌های|جمع هایی|جمعهایی|شورای|کمیته|جمع از)\b")]
    private static partial Regex GroupStart();
}
