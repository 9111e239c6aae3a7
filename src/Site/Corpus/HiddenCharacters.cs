using Site.Project;

namespace Site.Corpus;

/// <summary>
/// Characters that do not show but change what a reader sees: bidi overrides and isolates reorder the letters of a
/// title or a name (the "Trojan source" trick), zero-width ones make two equal-looking names differ. ZWNJ (U+200C)
/// is not among them: Persian spelling needs it.
/// </summary>
public static class HiddenCharacters
{
    static readonly System.Buffers.SearchValues<char> Hidden = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u2060\uFEFF\u200E\u200F\u061C");

    /// <summary>The first hidden character in <paramref name="text"/>, if any.</summary>
    public static char? First(string? text) => text?.AsSpan().IndexOfAny(Hidden) is >= 0 and var at ? text[at] : null;

    public static Diagnostic? Warn(string file, int line, string field, string? text) =>
        First(text) is { } c
            ? new Diagnostic(file, line, $"'{field}' holds an invisible character (U+{(int)c:X4}) that can reorder or disguise the text", "Retype the value, or delete the character (an editor that shows invisible characters helps).", Severity.Warning)
            : null;

    /// <summary>Titles and names of the corpus's documents.</summary>
    public static List<Diagnostic> In(CorpusContent corpus)
    {
        var found = new List<Diagnostic>();
        // Every rebuild of the preview asks, and most documents are the objects read before (the readers' memos):
        // each document is looked at once.
        foreach (var d in corpus.All) found.AddRange(Found.GetValue(d, Of));
        return found;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Diagnostic[]> Found = new();

    static Diagnostic[] Of(Document d)
    {
        List<Diagnostic>? found = null;
        foreach (var (field, text) in new[] { ("title", d.Title), ("author", (d as Message)?.Author), ("place", (d as Message)?.Place) })
            if (First(text) is not null && Warn(d.Path, d.File.LineOf(field), field, text) is { } f) (found ??= []).Add(f);
        return found is null ? [] : [.. found];
    }
}
