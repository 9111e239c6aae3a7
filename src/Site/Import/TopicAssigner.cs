using Site.Corpus;
using Site.Text;

namespace Site.Import;

/// <summary>
/// Assigns topics by the keyword rules in topics.yml: a keyword found in the title counts three times, in the text
/// once; a topic needs two points. At most four topics, best first; every document gets at least its best one, and
/// failing any, the topics.yml entry marked as the fallback (the first).
/// </summary>
public sealed class TopicAssigner(IReadOnlyList<Topic> topics)
{
    readonly (Topic Topic, string[] Keys)[] rules = topics.Select(t => (t, t.Keywords.Select(k => " " + PersianText.FoldForSearch(k)).ToArray())).ToArray();

    public List<string> Assign(string title, IEnumerable<string> paragraphs)
    {
        var head = " " + PersianText.FoldForSearch(title) + " ";
        var body = " " + PersianText.FoldForSearch(string.Join(" \n ", paragraphs)) + " ";
        var scored = rules
            .Select(r => (r.Topic.Slug, Score: r.Keys.Sum(k => 3 * Count(head, k) + Count(body, k))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .ToList();
        var chosen = scored.Where(s => s.Score >= 2).Take(4).Select(s => s.Slug).ToList();
        if (chosen.Count == 0 && scored.Count > 0) chosen.Add(scored[0].Slug);
        if (chosen.Count == 0 && rules.Length > 0) chosen.Add(rules[0].Topic.Slug);
        return chosen;
    }

    /// <summary>
    /// Occurrences of a keyword at the start of a word: keywords are stems ("معلم" finds "معلمان"), but a keyword of
    /// three letters or fewer must be the whole word ("زن" must not find "زندان" or "زندگی").
    /// </summary>
    static int Count(string text, string key)
    {
        bool whole = key.Trim().Length <= 3;
        int n = 0, i = 0;
        while ((i = text.IndexOf(key, i, StringComparison.Ordinal)) >= 0)
        {
            int end = i + key.Length;
            if (!whole || end >= text.Length || !char.IsLetter(text[end])) n++;
            i = end;
        }
        return n;
    }
}
