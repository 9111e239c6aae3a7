using System.Buffers;

namespace Site.Text;

/// <summary>
/// Characters no page, feed or book can hold: the control characters XML 1.0 refuses (all below U+0020 but tab and line
/// breaks), U+FFFE and U+FFFF, and those HTML refuses besides (DEL and U+0080–U+009F, which a file saved from a
/// Windows code page can hold). (A lone surrogate is refused before: by the UTF-8 reading of files and by YamlDotNet's escapes.)
/// An input file, a YAML escape or a Markdown character reference that brings one in is an error at its line.
/// </summary>
public static class Unshowable
{
    public static readonly SearchValues<char> Chars = SearchValues.Create(
        [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>Where the first such character stands in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(Chars);

    /// <summary>The character for a reader: "an invisible control character (U+0001)", "U+FFFF, which is not a character".</summary>
    public static string Describe(char c) => c is < '\u0020' or (>= '\u007F' and <= '\u009F') ? $"an invisible control character (U+{(int)c:X4})" : $"U+{(int)c:X4}, which is not a character";
}
