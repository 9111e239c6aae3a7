using Site.Corpus;
using Site.Text;

namespace Site.Import;

/// <summary>
/// Proposes topics by the keyword rules in topics.yml. A topic is proposed when one of its keywords stands in the
/// title, or when at least two different keywords of it stand in the text: one word in passing (a surname that is
/// also a word, a metaphor, an item in a list) is the commonest false topic, and a second, different cue rules most
/// of them out. At most four topics, the most often named first; failing any, the first topic in topics.yml (the
/// fallback).
/// </summary>
public sealed class TopicAssigner(IReadOnlyList<Topic> topics)
{
    /// <summary>A keyword, folded, with a space before it; whether it must be the whole word.</summary>
    readonly record struct Key(string Text, bool Whole);

    readonly (Topic Topic, Key[] Keys)[] rules = topics.Select(t => (t, t.Keywords.Select(Parse).ToArray())).ToArray();

    /// <summary>
    /// Keywords are stems ("معلم" finds "معلمان"). One written with a leading "=" must be the whole word, and so must
    /// one of three letters or fewer ("زن" must not find "زندان" or "زندگی").
    /// </summary>
    static Key Parse(string keyword)
    {
        bool marked = keyword.StartsWith('=');
        var folded = PersianText.FoldForSearch(marked ? keyword[1..] : keyword);
        return new Key(" " + folded, marked || folded.Length <= 3);
    }

    public List<string> Assign(string title, IEnumerable<string> paragraphs)
    {
        var head = " " + PersianText.FoldForSearch(title) + " ";
        var body = " " + PersianText.FoldForSearch(string.Join(" \n ", paragraphs)) + " ";
        var chosen = rules
            .Select(r =>
            {
                var inTitle = Cues(head, r.Keys);
                var inBody = Cues(body, r.Keys);
                return (r.Topic.Slug, InTitle: inTitle.Distinct, Distinct: inBody.Distinct, Score: 3 * inTitle.Count + inBody.Count);
            })
            .Where(s => s.InTitle > 0 || s.Distinct >= 2)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Take(4).Select(s => s.Slug).ToList();
        if (chosen.Count == 0 && rules.Length > 0) chosen.Add(rules[0].Topic.Slug);
        return chosen;
    }

    /// <summary>
    /// How often the keywords stand in the text, and how many different ones do. A keyword found only inside another
    /// one's match is not a different cue: "کارگران نفت" and "نفت" on the same words count once.
    /// </summary>
    static (int Count, int Distinct) Cues(string text, Key[] keys)
    {
        var claimed = new List<(int Start, int End)>();
        int count = 0, distinct = 0;
        foreach (var key in keys.OrderByDescending(k => k.Text.Length))
        {
            var spans = Matches(text, key);
            count += spans.Count(s => !claimed.Any(c => s.Start >= c.Start && s.End <= c.End));
            if (spans.Any(s => !claimed.Any(c => s.Start < c.End && c.Start < s.End))) distinct++;
            claimed.AddRange(spans);
        }
        return (count, distinct);
    }

    /// <summary>Where a keyword stands at the start of a word (and, for a whole-word keyword, also at its end).</summary>
    static List<(int Start, int End)> Matches(string text, Key key)
    {
        var spans = new List<(int, int)>();
        int i = 0;
        while ((i = text.IndexOf(key.Text, i, StringComparison.Ordinal)) >= 0)
        {
            int end = i + key.Text.Length;
            if (!key.Whole || end >= text.Length || !char.IsLetter(text[end])) spans.Add((i, end));
            i = end;
        }
        return spans;
    }
}
