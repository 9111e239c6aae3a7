using Site.Corpus;
using Site.Model;
using Site.Text;

namespace Site.Render;

/// <summary>What every template knows about the page it is drawing: the site, where the page is, its language.</summary>
public sealed record PageContext(SiteModel Site, string Path, UiStrings S)
{
    public string Lang => S.Lang;
    public string Dir => S.Dir;
    public bool IsPersian => S.Lang == "fa";

    /// <summary>The contributors' guide on the repository's site (the Persian one on Persian pages), or null without a repository.</summary>
    public string? ContributingUrl => Site.Config.Repository is { Length: > 0 } repo
        ? Urls.GitHubFile(repo, Site.Config.Branch, IsPersian ? "CONTRIBUTING.fa.md" : "CONTRIBUTING.md") : null;

    /// <summary>
    /// A link to a site-relative path, relative to this page (works from a sub-path and from file://). The 404 page
    /// is served at whatever address was missing, at any depth: with a base_url its links start from the site's
    /// path on the host instead ("/congress12/assets/site.css").
    /// </summary>
    public string Href(string target) =>
        Path == Urls.NotFound && Site.Config.BasePath is { } root && !target.StartsWith('#') ? root + target : Urls.Relative(Path, target);

    /// <summary>A number in this page's digits.</summary>
    public string N(int n) => IsPersian ? PersianText.Digits(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Page 2 of 5" in the page's language, for the title and the lede of a list's later pages.</summary>
    public string PageOf(Pager p) => S.Format(S.PageOf, N(p.Page), N(p.Pages));

    public string? Absolute(string target) => Site.Config.AbsoluteUrl(target);

    public string TopicLabel(Topic t) => t.LabelIn(Lang);

    /// <summary>The language a topic's label on this page is in: its own, or English where the topic has no label in it.</summary>
    public string TopicLabelLang(Topic t) => t.LabelIn(Lang) == t.En && !IsPersian ? "en" : Lang;

    /// <summary>The Persian page at <paramref name="persianPath"/> in this page's edition (the Persian page itself on the Persian site).</summary>
    public string In(string persianPath) => Urls.In(Lang, persianPath);

    /// <summary>The same page in Persian and every edition (hreflang, path): what the language switch and the alternates link.</summary>
    public IReadOnlyList<(string Lang, string Path)> Alternates => Urls.Alternates(Path, Site.Config.Translations);

    /// <summary>The translation of a document into this page's language, if there is one.</summary>
    public Translations.Translation? TranslationOf(Document d) => IsPersian ? null : Site.TranslationsOf(d.Id).FirstOrDefault(t => t.Lang == Lang);

    /// <summary>
    /// A sender's name for an edition: the translation's rendering, else the Persian name as written for an edition in
    /// the Arabic script (<see cref="SenderIsPersian"/>), in Latin letters for any other.
    /// </summary>
    public string? SenderName(Message m, Translations.Translation? tr) => SenderNameIn(S, m, tr);

    /// <inheritdoc cref="SenderName"/>
    public static string? SenderNameIn(UiStrings s, Message m, Translations.Translation? tr) =>
        m.AuthorKind == AuthorKind.Unsigned || string.IsNullOrEmpty(m.Author) ? null
        : tr?.Meta.Author is { Length: > 0 } a ? a : s.ReadsPersianScript ? m.Author : Import.Transliterator.Latin(m.Author);

    /// <summary>Whether <see cref="SenderName"/> is the Persian original's (to be marked as Persian).</summary>
    public bool SenderIsPersian(Translations.Translation? tr) => S.ReadsPersianScript && tr?.Meta.Author is not { Length: > 0 };

    /// <summary>
    /// A place for an edition: each part of it (a city, its province: "…، تهران") by the glossary's rendering in the
    /// edition's language; without one, in Latin letters ("Alman" was an English reader's "Germany"), or, in an
    /// edition in the Arabic script, the whole place as the Persian writes it.
    /// </summary>
    /// <remarks>Lang is "fa" where the name is the place as the Persian writes it, else null (the page's own).</remarks>
    public (string Name, string? Lang) Place(string place)
    {
        var parts = place.Split(['،', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (S.ReadsPersianScript)
            return parts.Select(part => Site.Glossary.RenderingOf(part, Lang)).ToList() is var named && named.All(n => n is not null) && named.Count > 0
                ? (string.Join("، ", named), null) : (place, "fa");
        var latin = string.Join(", ", parts.Select(part => Site.Glossary.RenderingOf(part, Lang) ?? Import.Transliterator.Latin(part)));
        // A byline's field: "Southern Iran", though the glossary writes the phrase as running text does.
        return (latin.Length > 0 && char.IsLower(latin[0]) ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin, null);
    }

    /// <summary>The language of what an edition in the Arabic script writes as the Persian does (null: the page's own).</summary>
    public string? PersianOrNull => S.ReadsPersianScript ? "fa" : null;

    /// <summary>
    /// A date on an edition's page: the Gregorian date in the edition's words, else the Jalali month and year, as
    /// written for an edition in the Arabic script (<see cref="PersianOrNull"/>), in Latin letters for any other.
    /// </summary>
    public string EditionDate(DateInfo d) => EditionDateParts(d) is var (jalali, span) && span is not null ? $"{jalali} ({span})" : jalali;

    /// <summary>
    /// <see cref="EditionDate"/> in its two parts: the date (the Jalali month and year where no Gregorian day is
    /// known), and the Gregorian months it falls in, in the edition's words (null where the date is Gregorian).
    /// </summary>
    public (string Date, string? Span) EditionDateParts(DateInfo d)
    {
        if (d.IsoDate is { } iso) return (S.GregorianDate(iso), null);
        var jalali = S.ReadsPersianScript ? Display.Jalali(d) : Display.JalaliLatin(d) ?? "";
        // A month without its day ("Aban 1400") says nothing to a reader who does not know the Persian calendar.
        return Display.JalaliMonthSpan(d) is var (first, last) && jalali.Length > 0 ? (jalali, S.GregorianSpan(first, last)) : (jalali, null);
    }

    /// <summary>A day (YYYY-MM-DD) as this page shows it: Jalali with the Gregorian beside in Persian.</summary>
    public string Day(string iso) => IsPersian ? $"{Display.JalaliDay(iso)} ({Display.GregorianDay(iso)})" : S.GregorianDate(DateOnly.ParseExact(iso, "yyyy-MM-dd"));

    /// <summary>The edition's date for the footer, the changes and the about page; null when the build has none.</summary>
    public string? EditionDay => Site.Edition is { } e ? Day(e.Date) : null;

    /// <summary>
    /// Fetches the face the page's own text needs beside the stylesheet instead of after it. A preload link in the
    /// markup would do, but opened from file:// Chromium refuses the preload (fonts are fetched with CORS, and a file
    /// has no origin) and logs an error, though the font itself then loads: so a line of script adds the link where
    /// the page is served. It stands before the stylesheet, which would otherwise hold it back until it arrived. A page
    /// in an Arabic-script edition (ar) reads in the Persian face, which holds that script.
    /// </summary>
    public string FontPreload =>
        "<script>if (location.protocol != \"file:\") { var l = document.createElement(\"link\"); l.rel = \"preload\"; l.as = \"font\"; l.type = \"font/woff2\"; " +
        $"l.crossOrigin = \"\"; l.href = \"{Href(IsPersian || S.ReadsPersianScript ? Urls.FontPersian : Urls.FontLatin)}\"; document.head.appendChild(l); }}</script>";

    /// <summary>Where the same page is on the onion site, for Tor Browser; null without an onion address.</summary>
    public string? OnionLocation => Site.Config.Mirrors.Onion is { Length: > 0 } onion && Path != Urls.NotFound ? onion.TrimEnd('/') + "/" + Path : null;
}

/// <summary>How dates and counts read on the pages.</summary>
public static class Display
{
    static readonly string[] JalaliMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
    static readonly string[] GregorianFa = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

    /// <summary>The Jalali form's year, month (1–12) and day if it has one; null when there is none or the month is not one.</summary>
    static int[]? JalaliParts(DateInfo d)
    {
        if (d.Jalali is not { } j) return null;
        var parts = j.Split('-').Select(x => int.TryParse(x, out var n) ? n : 0).ToArray();
        return parts.Length < 2 || parts[1] is < 1 or > 12 ? null : parts;
    }

    /// <summary>"۱۹ آبان ۱۴۰۰" (or "آبان ۱۴۰۰"), from the Jalali form; the date as written when there is none.</summary>
    public static string Jalali(DateInfo d)
    {
        if (JalaliParts(d) is not { } parts) return d.Written;
        var month = JalaliMonths[parts[1] - 1];
        return parts.Length == 3 ? $"{PersianText.Digits(parts[2])} {month} {PersianText.Digits(parts[0])}" : $"{month} {PersianText.Digits(parts[0])}";
    }

    static readonly string[] JalaliMonthsLatin = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];

    /// <summary>"19 Aban 1400" (or "Aban 1400") from the Jalali form, for the editions; null when there is none.</summary>
    public static string? JalaliLatin(DateInfo d)
    {
        if (JalaliParts(d) is not { } parts) return null;
        var month = JalaliMonthsLatin[parts[1] - 1];
        return parts.Length == 3 ? $"{parts[2]} {month} {parts[0]}" : $"{month} {parts[0]}";
    }

    /// <summary>The first and last Gregorian day of a month-only Jalali date (1400-08), or null.</summary>
    public static (DateOnly First, DateOnly Last)? JalaliMonthSpan(DateInfo d)
    {
        if (d.IsoDate is not null || JalaliParts(d) is not [var y and >= 1 and <= 9000, var m]) return null;
        var pc = new System.Globalization.PersianCalendar();
        return (DateOnly.FromDateTime(pc.ToDateTime(y, m, 1, 0, 0, 0, 0)), DateOnly.FromDateTime(pc.ToDateTime(y, m, pc.GetDaysInMonth(y, m), 0, 0, 0, 0)));
    }

    /// <summary>"۱۱ آذر ۱۴۰۵" from a Gregorian YYYY-MM-DD.</summary>
    public static string JalaliDay(string iso)
    {
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd").ToDateTime(TimeOnly.MinValue);
        var pc = new System.Globalization.PersianCalendar();
        return $"{PersianText.Digits(pc.GetDayOfMonth(d))} {JalaliMonths[pc.GetMonth(d) - 1]} {PersianText.Digits(pc.GetYear(d))}";
    }

    /// <summary>"۲ دسامبر ۲۰۲۶" from a Gregorian YYYY-MM-DD.</summary>
    public static string GregorianDay(string iso)
    {
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd");
        return $"{PersianText.Digits(d.Day)} {GregorianFa[d.Month - 1]} {PersianText.Digits(d.Year)}";
    }

    /// <summary>"۱۰ نوامبر ۲۰۲۱" from the ISO form, or null.</summary>
    public static string? Gregorian(DateInfo d) =>
        d.IsoDate is { } date ? $"{PersianText.Digits(date.Day)} {GregorianFa[date.Month - 1]} {PersianText.Digits(date.Year)}" : null;
}
