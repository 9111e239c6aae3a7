using Site.Project;
using Site.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Translations;

/// <summary>One entry of input/glossary.yml: a Persian term, its accepted renderings per language, advice for translators.</summary>
public sealed record GlossaryTerm(string Fa, IReadOnlyDictionary<string, IReadOnlyList<string>> Renderings, string? Note, int Line)
{
    public IReadOnlyList<string> In(string lang) => Renderings.TryGetValue(lang, out var r) ? r : [];

    /// <summary>
    /// The renderings a translator is shown: without the forms that are another listed form with a particle attached
    /// (Arabic "للمؤتمر", "والمؤتمر" beside "المؤتمر"), which are listed only so that the check finds them.
    /// </summary>
    public IReadOnlyList<string> ShownIn(string lang)
    {
        var all = In(lang);
        return [.. all.Where(f => !all.Any(g => g != f && Attached(f, g)))];

        static bool Attached(string f, string g) =>
            f.Length == g.Length + 1 && f[0] is 'و' or 'ل' or 'ب' or 'ف' && f.AsSpan(1).SequenceEqual(g)
            || g.StartsWith("ال", StringComparison.Ordinal) && f == "لل" + g[2..];
    }
}

/// <summary>A problem in input/glossary.yml itself: where, what, and what to do.</summary>
public sealed record GlossaryProblem(int Line, string Problem, string Fix);

/// <summary>
/// The agreed renderings of recurring terms and names (input/glossary.yml). A Persian term is found in an original
/// paragraph through the search folding (<see cref="PersianText.FoldForSearch"/>), so spelling variants, a ZWNJ, a
/// space or none, and the common suffixes all count; a rendering is found in a translated paragraph as a whole word,
/// case-insensitively. theme/assets/glossary.js does the same in the browser, and a test holds the two equal.
/// </summary>
public sealed class Glossary
{
    public static readonly Glossary Empty = new([]);

    public IReadOnlyList<GlossaryTerm> Terms { get; }
    readonly (GlossaryTerm Term, string Compact)[] folded;

    public Glossary(IReadOnlyList<GlossaryTerm> terms)
    {
        Terms = terms;
        folded = terms.Select(t => (t, PersianText.FoldCompact(t.Fa))).Where(p => p.Item2.Length > 0).ToArray();
    }

    /// <summary>Suffixes a Persian term may carry and still be the term (plural, ezafe, possessive).</summary>
    static readonly string[] Suffixes = ["", "ها", "های", "هایی", "هایش", "هایشان", "هایمان", "ان", "یان", "ی", "ای", "ش", "شان", "مان", "تان"];

    /// <summary>The terms that stand in a Persian paragraph, in the glossary's order.</summary>
    public IReadOnlyList<GlossaryTerm> FoundIn(string persian)
    {
        if (folded.Length == 0) return [];
        var words = PersianText.FoldCompactWords(persian);
        var found = new List<GlossaryTerm>();
        foreach (var (term, compact) in folded)
            if (Contains(words, compact)) found.Add(term);
        return found;
    }

    /// <summary>
    /// True when some run of whole words, written together, is the term or the term with a suffix: "هفت تپه",
    /// "هفت‌تپه" and "هفتتپه" are one term, and "کولبران" holds "کولبر", but "قرارداد" does not hold "قرار".
    /// </summary>
    static bool Contains(string[] words, string compact)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!compact.StartsWith(words[i], StringComparison.Ordinal) && !words[i].StartsWith(compact, StringComparison.Ordinal)) continue;
            var run = "";
            for (int j = i; j < words.Length && run.Length < compact.Length; j++)
            {
                run += words[j];
                if (run.Length < compact.Length && !compact.StartsWith(run, StringComparison.Ordinal)) break;
                if (run.Length >= compact.Length && run.StartsWith(compact, StringComparison.Ordinal)
                    && Array.IndexOf(Suffixes, run[compact.Length..]) >= 0)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the terms stand in a Persian paragraph, to mark them: runs of whole words (punctuation left outside)
    /// that are a term, or a term with a suffix, as <see cref="FoundIn"/> finds them; the first term wins where two overlap.
    /// </summary>
    public IReadOnlyList<(int Start, int Length, GlossaryTerm Term)> Marks(string persian)
    {
        var found = FoundIn(persian);
        if (found.Count == 0) return [];
        var words = new List<(int Start, int End, string Folded)>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(persian, @"\S+"))
        {
            int s = m.Index, e = m.Index + m.Length;
            while (s < e && !char.IsLetterOrDigit(persian[s])) s++;
            while (e > s && !char.IsLetterOrDigit(persian[e - 1])) e--;
            var folded = new string(PersianText.FoldCompact(persian[s..e]).Where(char.IsLetterOrDigit).ToArray());
            if (folded.Length > 0) words.Add((s, e, folded));
        }
        var marks = new List<(int Start, int Length, GlossaryTerm Term)>();
        foreach (var term in found)
        {
            var compact = folded.First(f => f.Term == term).Compact;
            for (int i = 0; i < words.Count; i++)
            {
                var run = "";
                for (int j = i; j < words.Count; j++)
                {
                    run += words[j].Folded;
                    if (run.Length < compact.Length) { if (compact.StartsWith(run, StringComparison.Ordinal)) continue; break; }
                    if (run.StartsWith(compact, StringComparison.Ordinal) && Array.IndexOf(Suffixes, run[compact.Length..]) >= 0)
                    {
                        int start = words[i].Start, end = words[j].End;
                        if (!marks.Any(k => start < k.Start + k.Length && k.Start < end)) marks.Add((start, end - start, term));
                    }
                    break;
                }
            }
        }
        return [.. marks.OrderBy(m => m.Start)];
    }

    /// <summary>True when one of the renderings stands in the text as a whole word (an English plural 's' allowed).</summary>
    public static bool HasRendering(string text, IReadOnlyList<string> renderings)
    {
        foreach (var r in renderings)
        {
            if (r.Length == 0) continue;
            for (int at = text.IndexOf(r, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(r, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                int end = at + r.Length;
                if (end < text.Length && text[end] is 's' or 'S') end++;
                if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The preferred rendering in <paramref name="lang"/> of a term that is the whole of <paramref name="persian"/>
    /// (spelled any way search folds together), or null: how an edition names a place the front matter gives in Persian.
    /// </summary>
    public string? RenderingOf(string persian, string lang)
    {
        var compact = PersianText.FoldCompact(persian);
        foreach (var (term, key) in folded)
            if (key == compact && term.In(lang) is [var preferred, ..]) return preferred;
        return null;
    }

    /// <summary>Terms of the original paragraph whose agreed rendering in <paramref name="lang"/> the translation lacks.</summary>
    public IEnumerable<GlossaryTerm> MissingIn(string original, string translation, string lang) =>
        FoundIn(original).Where(t => t.In(lang).Count > 0 && !HasRendering(translation, t.In(lang)));

    /// <summary>
    /// Reads input/glossary.yml: <c>terms:</c>, a list of <c>fa:</c> (the Persian term), one key per translation
    /// language with the accepted renderings (a list, the preferred first; a single text is one rendering) and an
    /// optional <c>note:</c>. Problems are returned with their line, not thrown, so that check lists them all.
    /// </summary>
    public static (Glossary Glossary, List<GlossaryProblem> Problems) Parse(string yaml, IReadOnlyCollection<string> languages)
    {
        var problems = new List<GlossaryProblem>();
        var stream = new YamlStream();
        try { stream.Load(Yaml.UniqueKeys.Parser(yaml)); }
        catch (Yaml.DuplicateKeyException e)
        {
            problems.Add(new(e.Line, e.Problem(), e.Fix()));
            return (Empty, problems);
        }
        catch (Yaml.NestedTooDeepException e)
        {
            problems.Add(new(e.Line, "the glossary's " + e.Problem, Yaml.NestedTooDeepException.Fix));
            return (Empty, problems);
        }
        catch (YamlException e)
        {
            problems.Add(new((int)Math.Max(1, e.Start.Line), "the glossary is not valid YAML: " + (e.InnerException?.Message ?? e.Message),
                "Compare the lines around it with an entry that works: '- fa: …' then '  en: [..]' indented by two spaces."));
            return (Empty, problems);
        }
        if (stream.Documents.Count == 0) return (Empty, problems);
        static int LineOf(YamlNode n) => (int)n.Start.Line;
        if (stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("terms"), out var termsNode) || termsNode is not YamlSequenceNode list)
        {
            problems.Add(new(1, "the glossary has no 'terms:' list", "Start the file with 'terms:' and list the entries under it ('- fa: …')."));
            return (Empty, problems);
        }
        var terms = new List<GlossaryTerm>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                problems.Add(new(LineOf(item), "an entry of 'terms' is not a set of fields", "Write each entry as '- fa: …' with its renderings under it."));
                continue;
            }
            string? fa = null, note = null;
            var renderings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "fa": fa = (value as YamlScalarNode)?.Value?.Trim(); break;
                    case "note": note = (value as YamlScalarNode)?.Value?.Trim(); break;
                    default:
                        if (!languages.Contains(key))
                        {
                            problems.Add(new(LineOf(keyNode), $"'{key}' is not a translation language of the site",
                                $"Give the renderings under a language of the site's, {string.Join(" or ", languages)} (statiq.config lists them); besides them an entry has only 'fa' and 'note'."));
                            break;
                        }
                        var forms = value switch
                        {
                            YamlScalarNode s => [s.Value ?? ""],
                            YamlSequenceNode seq => seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList(),
                            _ => new List<string>(),
                        };
                        forms = forms.Select(f => f.Trim()).ToList();
                        if (forms.Count == 0 || forms.Any(f => f.Length == 0))
                            problems.Add(new(LineOf(keyNode), $"'{key}' has an empty rendering", $"Write the accepted renderings as a list, e.g. '{key}: [council, councils]'."));
                        else renderings[key] = forms;
                        break;
                }
            }
            if (string.IsNullOrEmpty(fa))
            {
                problems.Add(new(LineOf(entry), "an entry has no 'fa' (the Persian term)", "Add 'fa: …' with the term as it stands in the texts."));
                continue;
            }
            if (PersianText.FoldCompact(fa) is var key2 && seen.TryGetValue(key2, out var first))
            {
                problems.Add(new(LineOf(entry), $"«{fa}» is in the glossary twice (first on line {first})", "Merge the two entries into one."));
                continue;
            }
            seen[PersianText.FoldCompact(fa)] = LineOf(entry);
            terms.Add(new GlossaryTerm(fa, renderings, note, LineOf(entry)));
        }
        return (new Glossary(terms), problems);
    }
}

/// <summary>What check says about the glossary: its own problems (errors), and translated paragraphs that lack an agreed rendering (warnings).</summary>
public static class GlossaryCheck
{
    public const string FileName = "glossary.yml";

    /// <summary>Reads input/glossary.yml; a missing file is an empty glossary.</summary>
    public static (Glossary Glossary, List<Diagnostic> Findings) Load(SiteConfig config)
    {
        var path = Path.Combine(config.InputDir, FileName);
        var shown = $"{config.Input}/{FileName}";
        if (!File.Exists(path)) return (Glossary.Empty, []);
        var (glossary, problems) = Glossary.Parse(ProjectFiles.ReadText(path, shown), config.Translations);
        return (glossary, problems.Select(p => new Diagnostic(shown, p.Line, p.Problem, p.Fix)).ToList());
    }

    public static IEnumerable<Diagnostic> Warnings(Glossary glossary, IEnumerable<Translation> translations)
    {
        foreach (var t in translations)
            for (int i = 0; i < t.Paragraphs.Count && i < t.Original.Paragraphs.Count; i++)
                foreach (var term in glossary.MissingIn(t.Original.Paragraphs[i], t.Paragraphs[i].Text, t.Lang))
                    yield return new Diagnostic(t.Path, t.Paragraphs[i].Line,
                        $"paragraph {i + 1}: the original has «{term.Fa}», and the translation has none of its agreed renderings ({string.Join(", ", term.ShownIn(t.Lang))})",
                        $"Use one of them (input/{FileName}{(term.Note is { Length: > 0 } n ? ": " + n : "")}), or keep yours if it fits better here and say why in the pull request.",
                        Severity.Warning);
    }
}
