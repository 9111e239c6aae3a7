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
    /// <summary>The ASCII characters seen so far, as a vectorized search: a page is mostly markup, and its runs of
    /// ASCII already seen are skipped many characters at a time. Made anew for each new one (at most 128 times).</summary>
    System.Buffers.SearchValues<char> seenAscii = System.Buffers.SearchValues.Create("");

    public void Add(ReadOnlySpan<char> text)
    {
        var seen = bmp;
        var i = 0;
        while (i < text.Length)
        {
            var skip = text[i..].IndexOfAnyExcept(Volatile.Read(ref seenAscii));
            if (skip < 0) return;
            // Then one character at a time (Persian text, with its spaces), back to skipping at two ASCII in a row.
            for (i += skip; i < text.Length; i++)
            {
                var c = text[i];
                // Nearly every character has been seen before: one load, and no store (the table is shared by the
                // threads that write pages, and storing a value already there moved its cache line from core to core
                // each time). Surrogates are never marked, so a pair always reaches the check below.
                if (seen[c])
                {
                    if (char.IsAscii(c) && i + 1 < text.Length && char.IsAscii(text[i + 1])) break;
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var cp = char.ConvertToUtf32(c, text[++i]);
                    lock (astral) astral.Add(cp);
                }
                else if (char.IsAscii(c)) lock (astral)
                {
                    if (seen[c]) continue;
                    seen[c] = true;
                    Volatile.Write(ref seenAscii, System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Where(a => seen[a]).Select(a => (char)a).ToArray()));
                }
                else if (!char.IsSurrogate(c)) seen[c] = true;   // racing writers all write true
            }
        }
    }

    /// <summary>The characters, in code point order.</summary>
    public IEnumerable<int> CodePoints()
    {
        for (var c = 0; c < bmp.Length; c++) if (bmp[c]) yield return c;
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
