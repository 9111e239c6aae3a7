using Site.Text;

namespace Site.Import;

/// <summary>
/// Marks a message that nearly repeats an earlier one: when most of its three-word runs stand in the earlier
/// message too. Both are kept; the later one gets duplicate_of.
/// </summary>
public static class DuplicateFinder
{
    public const double Threshold = 0.35;

    public static int? EarlierCopy(IReadOnlyList<string> message, IReadOnlyList<IReadOnlyList<string>> earlier)
    {
        var mine = Shingles(message);
        if (mine.Count < 8) return null;
        int? best = null; double bestShare = Threshold;
        for (int i = 0; i < earlier.Count; i++)
        {
            var theirs = Shingles(earlier[i]);
            var share = (double)mine.Count(theirs.Contains) / mine.Count;
            if (share >= bestShare) { bestShare = share; best = i; }
        }
        return best;
    }

    static HashSet<string> Shingles(IEnumerable<string> paragraphs)
    {
        var words = PersianText.FoldCompactWords(string.Join(' ', paragraphs));
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < words.Length; i++) set.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        return set;
    }
}
