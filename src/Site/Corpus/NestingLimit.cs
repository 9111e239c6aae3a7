using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Corpus;

/// <summary>
/// Markdown nested deeper than any text means (a list in a list in a list …, '[' or '*' hundreds deep): an error at
/// its line. Markdig's own limit (<see cref="MarkdownPipelineBuilder.MaximumNestingDepth"/>, set here too) says
/// neither where nor soon enough: a list nested a thousand deep by its indentation is parsed whole, in seconds, before
/// it counts, and inlines nested hundreds deep ('[[[[…') are parsed and only fail when rendered. So a block parser
/// tried first on every line counts the open containers and stops there, and each parsed document's inlines are
/// measured (without recursion) before anything renders them.
/// </summary>
public sealed class NestingLimitExtension(int depth) : IMarkdownExtension
{
    public int Depth { get; } = depth;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.MaximumNestingDepth = Depth;
        if (!pipeline.BlockParsers.Contains<Guard>()) pipeline.BlockParsers.Insert(0, new Guard(Depth));
        pipeline.DocumentProcessed += Measure;
    }

    void Measure(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth, int Line)>();
        stack.Push((document, 0, 0));
        while (stack.TryPop(out var top))
        {
            var (node, depth, line) = top;
            if (depth > Depth) throw new MarkdownTooDeepException(line, Depth);
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var b in blocks) stack.Push((b, depth + 1, b.Line));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1, line));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inlines:
                    for (var i = inlines.FirstChild; i is not null; i = i.NextSibling)
                        if (i is Markdig.Syntax.Inlines.ContainerInline) stack.Push((i, depth + 1, line));
                    break;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The line (from 0) that opens the most quotes and list items at its start: where a nesting Markdig refused is.</summary>
    public static int DeepestLine(string markdown)
    {
        int line = 0, deepest = 0, at = 0;
        foreach (var text in markdown.AsSpan().EnumerateLines())
        {
            var marks = 0;
            foreach (var c in text)
            {
                if (c is '>' or '-' or '*' or '+') marks++;
                else if (c is not (' ' or '\t' or '.' or ')') && !char.IsAsciiDigit(c)) break;
            }
            if (marks > deepest) (deepest, line) = (marks, at);
            at++;
        }
        return line;
    }

    /// <summary>Opens nothing: it is asked before the other block parsers whether a block opens, and counts.</summary>
    sealed class Guard(int depth) : BlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var open = 0;
            for (Block? b = processor.CurrentContainer; b is not null && open <= depth; b = b.Parent) open++;
            if (open > depth) throw new MarkdownTooDeepException(processor.LineIndex, depth);
            return BlockState.None;
        }
    }
}

public static class NestingLimitPipeline
{
    /// <summary>Markdown nested more than <paramref name="depth"/> containers deep is a <see cref="MarkdownTooDeepException"/>.</summary>
    public static MarkdownPipelineBuilder UseNestingLimit(this MarkdownPipelineBuilder pipeline, int depth)
    {
        pipeline.Extensions.ReplaceOrAdd<NestingLimitExtension>(new NestingLimitExtension(depth));
        return pipeline;
    }
}

/// <summary>Markdown nested too deeply; <see cref="Line"/> counts from 0 in the text parsed until a caller sets it in the file.</summary>
public sealed class MarkdownTooDeepException(int line, int depth) : MarkdownRefusedException(line, $"Markdown nested more than {depth} deep at line {line}")
{
    public int Depth { get; } = depth;

    public override string Problem => $"the Markdown here is nested more than {Depth} levels deep (lists, quotes, links or emphasis inside each other)";

    public override string Fix => "Write it as plain text: remove the extra '-', '>', '[' or '*' marks, or put a backslash before each one to show it as typed (\\[, \\*).";

    public override MarkdownTooDeepException At(int line) => new(line, Depth);
}

/// <summary>Markdown the build refuses, at a line (of the text parsed, until <see cref="At"/> places it in the file).</summary>
public abstract class MarkdownRefusedException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
    public abstract string Problem { get; }
    public abstract string Fix { get; }
    /// <summary>The same refusal at <paramref name="line"/> of the file.</summary>
    public abstract MarkdownRefusedException At(int line);
}

/// <summary>A character reference ("&amp;#1;") to a character no page can show (<see cref="Text.Unshowable"/>).</summary>
public sealed class UnshowableReferenceException(int line, char c) : MarkdownRefusedException(line, $"a character reference to U+{(int)c:X4} at line {line}")
{
    public char Character { get; } = c;

    public override string Problem => $"the text refers to {Text.Unshowable.Describe(Character)} (written as a reference such as &#{(int)Character}; or &#x{(int)Character:X};), which no page, feed or book can show";

    public override string Fix => "Delete the reference (the characters from '&#' to ';').";

    public override UnshowableReferenceException At(int line) => new(line, Character);
}
