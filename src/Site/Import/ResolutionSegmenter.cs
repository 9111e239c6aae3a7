using System.Text.RegularExpressions;

namespace Site.Import;

/// <summary>
/// Cuts the resolutions document at its headings: a short line that starts with قطعنامه or قرار (also the misspelled
/// فرار, and a numbered "۱۶- قرار").
/// </summary>
public static partial class ResolutionSegmenter
{
    public static bool IsHeading(SourceLine l) => l.Kind == LineKind.Content && l.Words <= 20 && Heading().IsMatch(l.Text);

    public static IReadOnlyList<Segment> Segment(IReadOnlyList<SourceLine> lines)
    {
        var segments = new List<Segment>();
        List<SourceLine>? current = null;
        string reason = "";
        var leading = new List<SourceLine>();
        foreach (var l in lines)
        {
            if (IsHeading(l))
            {
                if (current is not null) segments.Add(Trim(current, reason));
                current = [l];
                reason = l.Text.StartsWith("فرار", StringComparison.Ordinal) ? "heading (فرار, read as قرار)" : "heading";
                continue;
            }
            if (current is null) { if (l.Kind == LineKind.Content) leading.Add(l); continue; }
            current.Add(l);
        }
        if (current is not null) segments.Add(Trim(current, reason));
        if (leading.Count > 0)
            throw new Project.SiteError("resolutions", leading[0].Number, "text before the first resolution heading",
                "Every resolution must start with a heading line beginning قطعنامه or قرار.");
        return segments;
    }

    static Segment Trim(List<SourceLine> lines, string reason)
    {
        var t = lines.AsEnumerable().Reverse().SkipWhile(l => l.Kind != LineKind.Content).Reverse().ToList();
        return new Segment(t, reason);
    }

    /// <summary>The number in a heading such as "۱۶- قرار …", if it has one.</summary>
    public static int? HeadingNumber(string heading)
    {
        var m = Numbered().Match(Text.PersianText.AsciiDigits(heading));
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"^([0-9۰-۹]+\s*-\s*)?(قطعنامه|قرار|فرار)(\s|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\d+)\s*-")]
    private static partial Regex Numbered();
}
