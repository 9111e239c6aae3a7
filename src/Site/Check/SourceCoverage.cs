using Site.Corpus;
using Site.Import;
using Site.Project;

namespace Site.Check;

/// <summary>
/// Nothing is lost: every non-separator line of the sources stands, after normalization, in exactly one document,
/// in order (as the title or a paragraph of the body). Names each line that is missing, doubled or out of place.
/// </summary>
public static class SourceCoverage
{
    /// <param name="input">The corpus folder as the project shows it (<see cref="SiteConfig.Input"/>, "input"): the collection and the sources are named within it.</param>
    public static List<Diagnostic> Check(CorpusContent corpus, IReadOnlyDictionary<string, string> sourceTexts, string input)
    {
        var findings = new List<Diagnostic>();
        var sources = sourceTexts.ToDictionary(kv => kv.Key, kv => SourceText.Lines(kv.Value).Where(l => l.Kind == LineKind.Content).ToList());
        // Which document claims each source line (by its range).
        var owner = new Dictionary<(string, int), string>();

        void Claim(string file, SourceRef src, string docPath, int docLine)
        {
            if (!sources.TryGetValue(src.File, out var lines))
            {
                findings.Add(new Diagnostic(docPath, docLine, $"source file '{src.File}' is not in {input}/sources", "Fix 'source: file:' to name one of the source documents."));
                return;
            }
            foreach (var l in lines.Where(l => l.Number >= src.FirstLine && l.Number <= src.LastLine))
            {
                if (owner.TryGetValue((src.File, l.Number), out var other))
                    findings.Add(new Diagnostic(docPath, docLine, $"its line range {src.FirstLine}–{src.LastLine} overlaps {other} at {src.File} line {l.Number}",
                        "Correct the 'source' line ranges so that each source line belongs to one document."));
                else owner[(src.File, l.Number)] = docPath;
            }
        }

        var collectionPath = $"{input}/collection.yml";
        Claim(collectionPath, corpus.Collection.Source, collectionPath, 1);
        Compare(collectionPath, 1, corpus.Collection.Source, [new Paragraph(corpus.Collection.Title, 1), new Paragraph(corpus.Collection.Subtitle, 2)], sources, findings, null);

        foreach (var doc in corpus.All)
        {
            Claim(doc.Source.File, doc.Source, doc.Path, doc.File.LineOf("source"));
            // The title line is the source's heading as written where the editor retitled the document.
            var heading = doc.Source.Heading is { Length: > 0 } h ? (h, doc.File.LineOf("heading")) : (doc.Title, doc.File.LineOf("title"));
            Compare(doc.Path, heading.Item2, doc.Source, doc.Body, sources, findings, heading.Item1);
        }

        foreach (var (file, lines) in sources)
            foreach (var l in lines.Where(l => !owner.ContainsKey((file, l.Number))))
                findings.Add(new Diagnostic($"{input}/sources/{file}", l.Number, $"this line is in no document's source range: \"{Excerpt(l.Text)}\"",
                    "Widen the 'source' line range of the document it belongs to, and put the line in its text."));
        return findings;
    }

    static void Compare(string path, int titleFileLine, SourceRef src, IReadOnlyList<Paragraph> body, Dictionary<string, List<SourceLine>> sources, List<Diagnostic> findings, string? title)
    {
        if (!sources.TryGetValue(src.File, out var all)) return;
        var expected = all.Where(l => l.Number >= src.FirstLine && l.Number <= src.LastLine).ToList();
        var actual = body.ToList();
        if (title is not null && src.TitleLine is int tl)
        {
            int at = expected.Count(l => l.Number < tl);
            actual.Insert(Math.Min(at, actual.Count), new Paragraph(Text.PersianText.Normalize(title), titleFileLine));
        }

        // Longest common subsequence of the two sequences of texts.
        int n = expected.Count, m = actual.Count;
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = expected[i].Text == actual[j].Text ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int a = 0, b = 0;
        var missing = new List<SourceLine>();
        var extra = new List<Paragraph>();
        while (a < n && b < m)
        {
            if (expected[a].Text == actual[b].Text) { a++; b++; }
            else if (lcs[a + 1, b] >= lcs[a, b + 1]) missing.Add(expected[a++]);
            else extra.Add(actual[b++]);
        }
        while (a < n) missing.Add(expected[a++]);
        while (b < m) extra.Add(actual[b++]);

        foreach (var l in missing)
            findings.Add(new Diagnostic(path, NearestLine(actual, l, expected), $"line {l.Number} of {src.File} is missing: \"{Excerpt(l.Text)}\"",
                "Put the line back as its own paragraph, where it stands in the source (or fix what changed in it)."));
        foreach (var p in extra)
        {
            var twin = sources.SelectMany(kv => kv.Value.Select(l => (File: kv.Key, Line: l))).FirstOrDefault(x => x.Line.Text == p.Text);
            findings.Add(twin.Line is not null && !(twin.File == src.File && twin.Line.Number >= src.FirstLine && twin.Line.Number <= src.LastLine)
                ? new Diagnostic(path, p.Line, $"this paragraph is line {twin.Line.Number} of {twin.File}, which belongs to another document: \"{Excerpt(p.Text)}\"",
                    "Remove it here: each source line stands in one document only.")
                : twin.Line is not null
                ? new Diagnostic(path, p.Line, $"this paragraph (line {twin.Line.Number} of {twin.File}) is doubled or out of order: \"{Excerpt(p.Text)}\"",
                    "Keep the paragraph once, in the order of the source.")
                : new Diagnostic(path, p.Line, $"this paragraph is not in the source: \"{Excerpt(p.Text)}\"",
                    "Make it match the source line it came from; corrections of wording belong in a note, not in the text."));
        }
    }

    static int NearestLine(List<Paragraph> actual, SourceLine missing, List<SourceLine> expected) =>
        actual.LastOrDefault(p => expected.Any(e => e.Number < missing.Number && e.Text == p.Text))?.Line ?? actual.FirstOrDefault()?.Line ?? 1;

    static string Excerpt(string t) => t.Length <= 60 ? t : t[..60] + "…";
}
