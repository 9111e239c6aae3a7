using System.Text;

namespace Site.Output;

/// <summary>
/// Every character the written pages contain, collected as each page is written (pages are let go after that), so
/// the font can be cut down to what the site shows. Safe to add to from several threads.
/// </summary>
public sealed class UsedCharacters
{
    readonly bool[] bmp = new bool[0x10000];
    readonly HashSet<int> astral = [];

    public void Add(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[++i]);
                lock (astral) astral.Add(cp);
            }
            // Read before writing: the table is shared by the threads that write pages, and writing a character
            // already seen (nearly every one) moved its cache line from core to core at each store.
            else if (!bmp[c]) bmp[c] = true;   // racing writers all write true
        }
    }

    /// <summary>The characters, in code point order.</summary>
    public IEnumerable<int> CodePoints()
    {
        for (var c = 0; c < bmp.Length; c++) if (bmp[c] && !char.IsSurrogate((char)c)) yield return c;
        int[] rest;
        lock (astral) rest = astral.Order().ToArray();
        foreach (var cp in rest) yield return cp;
    }

    public static string Text(IEnumerable<int> codePoints)
    {
        var sb = new StringBuilder();
        foreach (var cp in codePoints) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }
}
