using System.Globalization;
using System.Text.RegularExpressions;
using Site.Corpus;
using Site.Text;

namespace Site.Import;

/// <summary>
/// Finds a date written in a line (Jalali or Gregorian, in digits or, for the day and year, in words) and derives its
/// Jalali and ISO forms with <see cref="PersianCalendar"/>.
/// </summary>
public static partial class Dates
{
    static readonly string[] JalaliMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
    static readonly string[] GregorianMonths = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

    static readonly string[] Units = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"];
    static readonly string[] Tens = ["", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"];
    static readonly string[] Hundreds = ["", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"];

    static readonly PersianCalendar Persian = new();

    public static DateInfo? Find(string line)
    {
        var t = PersianText.AsciiDigits(line);
        var months = string.Join('|', JalaliMonths.Concat(GregorianMonths));

        var m = NumericDate().Match(t);
        if (m.Success)
        {
            int a = int.Parse(m.Groups[1].Value), b = int.Parse(m.Groups[2].Value), y = int.Parse(m.Groups[3].Value);
            return Jalali(m.Value, y, b, a, line, m.Index);
        }
        m = Regex.Match(t, $@"(?<![\d])(\d{{1,2}}) ({months}) (\d{{4}})");
        if (m.Success) return Named(line, m, int.Parse(m.Groups[1].Value), m.Groups[2].Value, int.Parse(m.Groups[3].Value));
        m = Regex.Match(t, $@"(?<![\S])({months}) (\d{{4}})(?![\d])");
        if (m.Success) return Named(line, m, null, m.Groups[1].Value, int.Parse(m.Groups[2].Value));
        m = Regex.Match(t, $@"(\S+(?: و \S+)?) ({months}) (هزار[\s\S]*)$");
        if (m.Success && Ordinal(m.Groups[1].Value) is int day && Cardinal(m.Groups[3].Value.Trim()) is int year)
            return Named(line, m, day, m.Groups[2].Value, year);
        return null;
    }

    static DateInfo? Named(string line, Match m, int? day, string month, int year)
    {
        var written = line.Substring(m.Index, m.Length).Trim();
        int j = Array.IndexOf(JalaliMonths, month);
        if (j >= 0 && year is > 1300 and < 1500)
            return day is int d ? Jalali(written, year, j + 1, d, line, m.Index) : new DateInfo { Written = written, Jalali = $"{year}-{j + 1:00}" };
        int g = Array.IndexOf(GregorianMonths, month);
        if (g >= 0 && year is > 1900 and < 2100)
        {
            if (day is not int gd) return new DateInfo { Written = written };
            try
            {
                var date = new DateTime(year, g + 1, gd);
                return new DateInfo { Written = written, Jalali = JalaliOf(date), Iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            }
            catch (ArgumentOutOfRangeException) { return new DateInfo { Written = written }; }
        }
        return null;
    }

    static DateInfo? Jalali(string written, int y, int mo, int d, string line, int index)
    {
        if (y is < 1300 or > 1500 || mo is < 1 or > 12 || d is < 1 or > 31) return null;
        var text = line.Substring(index, Math.Min(written.Length, line.Length - index)).Trim();
        try
        {
            var date = Persian.ToDateTime(y, mo, d, 0, 0, 0, 0);
            return new DateInfo { Written = text, Jalali = $"{y}-{mo:00}-{d:00}", Iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
        catch (ArgumentOutOfRangeException) { return new DateInfo { Written = text, Jalali = $"{y}-{mo:00}" }; }
    }

    static string JalaliOf(DateTime d) => $"{Persian.GetYear(d)}-{Persian.GetMonth(d):00}-{Persian.GetDayOfMonth(d):00}";

    /// <summary>Ordinal day in words (یکم … سی و یکم, also اول).</summary>
    public static int? Ordinal(string words)
    {
        var w = words.Trim();
        if (w == "اول") return 1;
        if (w == "سی‌ام" || w == "سیام" || w == "سی ام") return 30;
        if (!w.EndsWith('م')) return null;
        var stem = w[..^1];
        if (stem.EndsWith("سو", StringComparison.Ordinal)) stem = stem[..^1] + "ه";     // سوم → سه
        if (stem == "یک") return 1;
        if (stem == "هیجده") stem = "هجده";
        return Cardinal(stem) is int n and >= 1 and <= 31 ? n : null;
    }

    /// <summary>A cardinal number in words, up to 9,999 (enough for years such as "هزار و چهارصد").</summary>
    public static int? Cardinal(string words)
    {
        int total = 0;
        foreach (var part in words.Split(" و ", StringSplitOptions.TrimEntries))
        {
            if (part == "هزار") { total += 1000; continue; }
            if (part.EndsWith(" هزار", StringComparison.Ordinal) && Cardinal(part[..^5]) is int k) { total += k * 1000; continue; }
            int i;
            if ((i = Array.IndexOf(Hundreds, part)) > 0) total += i * 100;
            else if ((i = Array.IndexOf(Tens, part)) > 1) total += i * 10;
            else if ((i = Array.IndexOf(Units, part)) > 0) total += i;
            else return null;
        }
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?!\d)")]
    private static partial Regex NumericDate();
}
