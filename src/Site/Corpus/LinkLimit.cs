using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Corpus;

/// <summary>
/// A paragraph with more link openings ("](" or "][" after a '[') than any text means: an error at its line. Markdig
/// reads each opening as a possible link and looks ahead for its end; where none comes (20,000 "[a](" in a row, or "[a](#",
/// "[a](b (", "[a][") it looks to the end of the paragraph, each time, so the time grows with the square of the
/// length: a 160 KB paragraph of "[a](" took 13 s to read. Counted as each block closes, before Markdig reads its
/// inlines; with files capped at 1 MB (<see cref="Text.TextFile.MaxBytes"/>) a paragraph under the limit reads in
/// well under a second.
/// </summary>
public sealed class LinkLimitExtension(int limit) : IMarkdownExtension
{
    public int Limit { get; } = limit;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers) parser.Closed += Count;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    void Count(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf) return;
        int open = 0, attempts = 0;
        var lines = leaf.Lines;
        for (var l = 0; l < lines.Count; l++)
        {
            var slice = lines.Lines[l].Slice;
            attempts += Attempts(slice.Text.AsSpan(slice.Start, slice.Length), ref open);
            if (attempts > Limit) throw new TooManyLinksException(block.Line, Limit);
        }
    }

    /// <summary>
    /// The link attempts in <paramref name="text"/>: each '](' or '][' with a '[' before it still open, as Markdig
    /// pairs them (a bracket escaped with a backslash is text). <paramref name="open"/> carries the open '[' from line
    /// to line of a paragraph. The workbench counts the same (TranslationRules, workbench.js).
    /// </summary>
    public static int Attempts(ReadOnlySpan<char> text, ref int open)
    {
        var attempts = 0;
        // Most paragraphs hold no bracket at all: one vectorized search each.
        for (var from = 0; from < text.Length;)
        {
            var k = text[from..].IndexOfAny('[', ']');
            if (k < 0) break;
            var i = from + k;
            from = i + 1;
            var slashes = 0;
            while (i - slashes - 1 >= 0 && text[i - slashes - 1] == '\\') slashes++;
            if (slashes % 2 == 1) continue;
            if (text[i] == '[') { open++; continue; }
            if (open == 0 || i + 1 >= text.Length || text[i + 1] is not ('(' or '[')) continue;
            open--;
            attempts++;
        }
        return attempts;
    }
}

/// <summary>Link reference definitions ("[label]: address" lines): Markdig takes each off the front of its paragraph by
/// copying the lines after it, so thousands of them take time in the square of their number (112,000 in 900 KB took 22.7 s).</summary>
public static partial class LinkDefinitions
{
    /// <summary>Refuses <paramref name="markdown"/> at the line of its definition past <paramref name="limit"/>.</summary>
    public static void Check(string markdown, int limit)
    {
        if (!markdown.Contains("]:", StringComparison.Ordinal)) return;
        int line = 0, count = 0;
        foreach (var text in markdown.AsSpan().EnumerateLines())
        {
            if (IsDefinition(text) && ++count > limit) throw new TooManyLinksException(line, limit, definitions: true);
            line++;
        }
    }

    /// <summary>Whether <paramref name="line"/> starts as a link reference definition does: "[label]:", indented three spaces at most.</summary>
    public static bool IsDefinition(ReadOnlySpan<char> line) => Definition().IsMatch(line);

    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:")]
    private static partial System.Text.RegularExpressions.Regex Definition();
}

public static class LinkLimitPipeline
{
    /// <summary>A paragraph with more than <paramref name="limit"/> link openings is a <see cref="TooManyLinksException"/>.</summary>
    public static MarkdownPipelineBuilder UseLinkLimit(this MarkdownPipelineBuilder pipeline, int limit)
    {
        pipeline.Extensions.ReplaceOrAdd<LinkLimitExtension>(new LinkLimitExtension(limit));
        return pipeline;
    }
}

/// <summary>A paragraph with too many link openings; <see cref="MarkdownRefusedException.Line"/> counts from 0 in the text parsed until a caller sets it in the file.</summary>
public sealed class TooManyLinksException(int line, int limit, bool definitions = false)
    : MarkdownRefusedException(line, definitions ? $"more than {limit} link definitions, at line {line}" : $"more than {limit} link openings in the paragraph at line {line}")
{
    public int Limit { get; } = limit;
    /// <summary>Too many "[label]: address" lines, not links in a paragraph.</summary>
    public bool Definitions { get; } = definitions;

    public override string Problem => Definitions
        ? $"the text has more than {Limit} link definitions (lines like '[label]: address')"
        : $"this paragraph has more than {Limit} links in it (counted by their '](' and '][')";

    public override string Fix => Definitions
        ? "Write the addresses in the links themselves, [text](address), or put a backslash before the '[' of a line that is not a definition (\\[)."
        : ParagraphFix;

    /// <summary>
    /// What to do with a paragraph over the limit (check says it too, TranslationRules). Not "split it": a translation
    /// must keep one paragraph for each of the original's.
    /// </summary>
    public const string ParagraphFix = "Remove some of the links, or put a backslash before a bracket that does not start a link (\\]).";

    public override TooManyLinksException At(int line) => new(line, Limit, Definitions);
}
