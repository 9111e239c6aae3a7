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
public sealed class TooManyLinksException(int line, int limit) : MarkdownRefusedException(line, $"more than {limit} link openings in the paragraph at line {line}")
{
    public int Limit { get; } = limit;

    public override string Problem => $"this paragraph has more than {Limit} links in it (counted by their '](' and '][')";

    public override string Fix => "Split the paragraph, or put a backslash before a bracket that does not start a link (\\]).";

    public override TooManyLinksException At(int line) => new(line, Limit);
}
