using System.Text;
using System.Text.RegularExpressions;
using Site.Corpus;
using Site.Project;
using Site.Text;

namespace Site.Translations;

/// <summary>
/// An editor corrected a typo in an original and the translations still hold: each translation of the document
/// pins the paragraph's new hash, and its anchor comment takes the new wording (so the next change is compared with
/// this one). Nothing else in the files changes.
/// </summary>
public static partial class Repin
{
    /// <param name="findings">What reading the translations found: a file with an error (a comment not closed, a
    /// paragraph missing) is left as it is, since its comments cannot be told apart to replace one.</param>
    public static List<(string File, List<int> Paragraphs)> Run(SiteConfig config, CorpusContent corpus, string id, int? paragraph, IReadOnlyList<Diagnostic> findings)
    {
        var original = corpus.All.FirstOrDefault(d => d.Id == id || d.Slug == id)
            ?? throw new SiteError("editorial", 0, $"there is no message or resolution with the id '{id}'", "Use an id such as msg-015 or res-03.");
        var count = original.Paragraphs.Count;
        if (paragraph is { } p && (p < 1 || p > count))
            throw new SiteError(original.Path, 0, $"{original.Id} has no paragraph {p} (it has {count})", $"Give a paragraph from 1 to {count}.");
        var changed = new List<(string, List<int>)>();
        foreach (var lang in config.Translations)
        {
            var path = Scaffold.PathFor(config, original, lang);
            if (!File.Exists(path)) continue;
            var shown = Path.GetRelativePath(config.Root, path).Replace('\\', '/');
            var text = ProjectFiles.ReadText(path, shown);
            if (findings.FirstOrDefault(f => f.File == shown && !f.IsWarning) is { } error)
                throw new SiteError(shown, error.Line, $"the file has an error, so its comments are left as they are: {error.Problem}",
                    $"{error.Fix} Then run editorial again.");
            var line = HashesLine().Match(text);
            if (!line.Success)
                throw new SiteError(shown, 1, "there is no 'source_hashes: [ … ]' line to update",
                    "Keep source_hashes as 'translate' wrote it, on one line: 'source_hashes: [1a2b3c4d, …]'.");
            var hashes = line.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (hashes.Count != count)
                throw new SiteError(shown, LineOf(text, line.Index), $"source_hashes has {hashes.Count} entries, but {original.Id} has {count} paragraphs now",
                    "Paragraphs were added or removed: that is not an editorial change. The translation needs updating (see 'check').");
            var numbers = new List<int>();
            for (int i = 0; i < count; i++)
            {
                if (paragraph is { } only && only != i + 1) continue;
                var now = PersianText.ParagraphHash(original.Paragraphs[i]);
                if (string.Equals(hashes[i], now, StringComparison.OrdinalIgnoreCase)) continue;
                hashes[i] = now;
                numbers.Add(i + 1);
                // A comment is one line (as translate writes it): a match never runs on into the text below.
                var anchor = new Regex($@"<!--[ \t]*¶[ \t]*{i + 1}(?!\d)[^\n]*?-->");
                var at = anchor.Match(text, line.Index);
                if (at.Success) text = text[..at.Index] + Scaffold.Anchor(i + 1, original.Paragraphs[i]) + text[(at.Index + at.Length)..];
            }
            if (numbers.Count == 0) continue;
            text = HashesLine().Replace(text, m => m.Groups[1].Value + string.Join(", ", hashes) + m.Groups[3].Value, 1);
            ProjectFiles.WriteWhole(path, text);
            changed.Add((shown, numbers));
        }
        return changed;
    }

    static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"(?m)^(source_hashes:\s*\[)([^\]\n]*)(\].*)$")]
    private static partial Regex HashesLine();
}
