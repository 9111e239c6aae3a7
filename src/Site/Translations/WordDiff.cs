using DiffPlex;
using DiffPlex.Chunkers;
using Site.Text;

namespace Site.Translations;

public enum DiffKind { Same, Removed, Added }

/// <summary>A run of words that stayed, went or came.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// What changed in a paragraph of the original, word by word (DiffPlex over the words of the normalized texts):
/// shown under a stale paragraph, in check's warning and in the workbench above the slot.
/// </summary>
public static class WordDiff
{
    sealed class Words : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(' ');
    }

    static readonly Words Chunker = new();

    /// <summary>
    /// Texts longer than this together are shown as removed and added whole. The diff's time grows with the product
    /// of the lengths where the texts differ much (two paragraphs of near a megabyte took 45 s); the corpus's longest
    /// paragraph has 1,500 characters.
    /// </summary>
    public const int MaxLength = 20_000;

    public static IReadOnlyList<DiffPiece> Between(string was, string now)
    {
        if (was.Length + now.Length > MaxLength)
        {
            var whole = new List<DiffPiece>();
            if (PersianText.Normalize(was) is { Length: > 0 } removed) whole.Add(new(DiffKind.Removed, removed));
            if (PersianText.Normalize(now) is { Length: > 0 } added) whole.Add(new(DiffKind.Added, added));
            return whole;
        }
        var result = Differ.Instance.CreateDiffs(PersianText.Normalize(was), PersianText.Normalize(now), false, false, Chunker);
        var pieces = new List<DiffPiece>();
        void Add(DiffKind kind, IEnumerable<string> words)
        {
            var text = string.Join(' ', words);
            if (text.Length == 0) return;
            if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + text };
            else pieces.Add(new DiffPiece(kind, text));
        }
        int a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(DiffKind.Same, result.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(DiffKind.Removed, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffKind.Added, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(DiffKind.Same, result.PiecesOld.Skip(a));
        return pieces;
    }

    /// <summary>
    /// The change for a console: only what changed, with a few words around it, "… word [-old-]{+new+} word …"
    /// (the notation of git's word diff).
    /// </summary>
    public static string Summary(string was, string now, int context = 3)
    {
        var pieces = Between(was, now);
        var parts = new List<string>();
        for (int i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            switch (p.Kind)
            {
                case DiffKind.Removed: parts.Add("[-" + p.Text + "-]"); break;
                case DiffKind.Added: parts.Add("{+" + p.Text + "+}"); break;
                default:
                    var words = p.Text.Split(' ');
                    bool before = i > 0, after = i + 1 < pieces.Count;
                    if (words.Length <= 2 * context + 1 && before && after) { parts.Add(p.Text); break; }
                    var keep = new List<string>();
                    if (before) keep.AddRange(words.Take(context));
                    if (words.Length > (before ? context : 0) + (after ? context : 0)) keep.Add("…");
                    if (after) keep.AddRange(words.Skip(Math.Max(before ? context : 0, words.Length - context)));
                    parts.Add(string.Join(' ', keep));
                    break;
            }
        }
        return string.Join(' ', parts);
    }
}

/// <summary>
/// The wording of the original a translation was made from. The scaffold keeps each original paragraph whole in its
/// anchor comment, and the file pins its hash: the comment is trusted where its hash is the pinned one. (The file
/// travels with the translation, in a pull request or a copy without the repository's history.)
/// </summary>
public static class OldWording
{
    /// <summary>The comment's text if it is the paragraph that was pinned, else null.</summary>
    public static string? Pinned(string? comment, string pinnedHash)
    {
        if (string.IsNullOrWhiteSpace(comment)) return null;
        pinnedHash = pinnedHash.ToLowerInvariant();
        if (PersianText.ParagraphHash(comment) == pinnedHash) return PersianText.Normalize(comment);
        // The scaffold writes "--" as "- -" inside the comment.
        var undone = comment.Replace("- -", "--");
        if (undone != comment && PersianText.ParagraphHash(undone) == pinnedHash) return PersianText.Normalize(undone);
        return null;
    }
}
