using Site.Text;

namespace Site.Import;

public enum LineKind { Blank, Separator, Content }

/// <summary>One line of a source document: its 1-based number, its text after normalization, and what it is.</summary>
public sealed record SourceLine(int Number, string Text, LineKind Kind)
{
    public int Words => Text.Length == 0 ? 0 : Text.Split(' ').Length;
}

public static class SourceText
{
    /// <summary>Splits a source document into normalized lines. A trailing fragment with only white space is a blank line.</summary>
    public static IReadOnlyList<SourceLine> Lines(string text)
    {
        var raw = SourceLines.Of(text);
        var lines = new List<SourceLine>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var t = PersianText.Normalize(raw[i]);
            lines.Add(new SourceLine(i + 1, t, Classify(t)));
        }
        return lines;
    }

    public static LineKind Classify(string normalized)
    {
        if (normalized.Length == 0) return LineKind.Blank;
        return IsSeparator(normalized) ? LineKind.Separator : LineKind.Content;
    }

    /// <summary>A line of dots, dashes, asterisks or a mixture (with stray spaces), at least two marks long.</summary>
    public static bool IsSeparator(string normalized)
    {
        int marks = 0;
        foreach (var c in normalized)
        {
            if (c is '.' or '-' or '*' or '_' or '=' or '…' or '•' or '·' or 'ـ' or '—' or '–') marks++;
            else if (c != ' ') return false;
        }
        return marks >= 2;
    }
}
