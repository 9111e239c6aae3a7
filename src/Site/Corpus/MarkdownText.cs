using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Corpus;

/// <summary>A block of text in a Markdown body and its line in the file.</summary>
public sealed record Paragraph(string Text, int Line)
{
    string? html;

    /// <summary>
    /// The block as safe HTML (<see cref="SafeMarkdown"/>). Most paragraphs are plain text, whose HTML is the text
    /// escaped in a p element (<see cref="MarkdownText.PlainHtml"/>): that is not kept but made when asked, since a
    /// large corpus held a great deal of it for the whole build. Only HTML that says more is kept.
    /// </summary>
    public string Html { get => html ?? MarkdownText.PlainHtml(Text); init => html = MarkdownText.IsPlainHtml(value, Text) ? null : value; }

    /// <summary>The HTML when it is more than the plain paragraph's, else null.</summary>
    public string? KeptHtml => html;
}

/// <summary>The corpus's Markdown: source text escaped into it, paragraphs read back out of it as plain text.</summary>
public static class MarkdownText
{
    /// <summary>Plain CommonMark with raw HTML turned off, rendered safe: what volunteers type is text, never markup.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseNestingLimit(MaxNesting).UseLinkLimit(MaxLinks).UseSafeMarkdown().Build();

    /// <summary>Deeper than any text needs (a quote in a list in a list is 5), shallow enough to fail at once.</summary>
    public const int MaxNesting = 32;

    /// <summary>Link openings a paragraph may hold: the texts have none or a few (see <see cref="LinkLimitExtension"/>).</summary>
    public const int MaxLinks = 100;

    /// <summary>Escapes a line of source text so Markdown shows it as written (no emphasis, list, heading or link).</summary>
    public static string Escape(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&') sb.Append('\\');
            sb.Append(c);
        }
        var s = sb.ToString();
        if (s.Length > 0 && s[0] is '#' or '-' or '+' or '=') s = "\\" + s;
        // "1. " or "1) " at the start would be a list item.
        int d = 0;
        while (d < s.Length && char.IsAsciiDigit(s[d])) d++;
        if (d > 0 && d < s.Length && s[d] is '.' or ')') s = s[..d] + "\\" + s[d..];
        return s;
    }

    /// <summary>A paragraph-per-line Markdown body from source lines.</summary>
    public static string Body(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs.Select(Escape)) + "\n";

    /// <summary>The text blocks of a Markdown body as plain text, in order.</summary>
    public static List<string> Paragraphs(string markdown) => Blocks(markdown, 0).Select(b => b.Text).ToList();

    /// <summary>
    /// The top-level blocks of a Markdown body as plain text, with their line in the file (<paramref name="firstLine"/>
    /// is the body's first line there). A top-level block is one paragraph of the original: the unit that ids,
    /// hashes and translations align on.
    /// </summary>
    /// <param name="html">Also render each block as safe HTML, from the same parse (the build's pages need it).</param>
    /// <exception cref="MarkdownTooDeepException">Nested too deeply, at its line in the file.</exception>
    /// <exception cref="TooManyLinksException">A paragraph with more link openings than <see cref="MaxLinks"/>, at its line in the file.</exception>
    /// <exception cref="UnshowableReferenceException">A character reference to a character no page can show, at its paragraph's line in the file.</exception>
    /// <param name="persian">The text is Persian, normalized as the corpus is (<see cref="Text.PersianText.Normalize"/>); else only its white space is.</param>
    public static List<Paragraph> Blocks(string markdown, int firstLine, bool html = false, bool persian = true)
    {
        var doc = Parse(markdown, firstLine);
        var result = new List<(Block Block, Paragraph Paragraph)>();
        foreach (var block in doc)
        {
            var plain = PlainText(block);
            var text = persian ? Text.PersianText.Normalize(plain) : Text.PersianText.CollapseWhiteSpace(plain);
            if (text.Length > 0) result.Add((block, new Paragraph(Showable(text, firstLine + block.Line), firstLine + block.Line)));
        }
        if (!html) return result.Select(r => r.Paragraph).ToList();
        return result.Select(r => r.Paragraph with { Html = Showable(Html(r.Block), r.Paragraph.Line) }).ToList();
    }

    /// <summary>
    /// <paramref name="text"/>, refused if it holds a character no page can show. The file's own characters were
    /// checked when it was read: here only a character reference (&amp;#1;, in the text or a link's title) brings one.
    /// </summary>
    static string Showable(string text, int line) =>
        Text.Unshowable.IndexIn(text) is var at and >= 0 ? throw new UnshowableReferenceException(line, text[at]) : text;

    static MarkdownDocument Parse(string markdown, int firstLine)
    {
        try
        {
            LinkDefinitions.Check(markdown, MaxLinks);
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (MarkdownRefusedException e) { throw e.At(firstLine + e.Line); }
        // Markdig's own depth limit, met before ours where a single line opens thousands of quotes: it names no line.
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new MarkdownTooDeepException(firstLine + NestingLimitExtension.DeepestLine(markdown), MaxNesting);
        }
    }

    /// <summary>The HTML Markdig makes of a paragraph of plain text: the text, escaped as Markdig escapes it, in p.</summary>
    public static string PlainHtml(string text) =>
        text.AsSpan().IndexOfAny(Escaped) < 0 ? string.Concat("<p>", text, "</p>")
            : "<p>" + text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;") + "</p>";

    /// <summary>Whether <paramref name="html"/> is exactly <see cref="PlainHtml"/> of <paramref name="text"/>.</summary>
    public static bool IsPlainHtml(string html, string text) =>
        text.AsSpan().IndexOfAny(Escaped) < 0
            ? html.Length == text.Length + 7 && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.AsSpan(3, text.Length).SequenceEqual(text)
            : html == PlainHtml(text);

    static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>\"");

    [ThreadStatic] static (StringWriter Writer, Markdig.Renderers.HtmlRenderer Renderer)? html;

    /// <summary>One block as HTML. Each thread keeps its renderer: making one costs more than rendering a paragraph.</summary>
    public static string Html(Block block)
    {
        if (html is not { } h)
        {
            var writer = new StringWriter();
            var renderer = new Markdig.Renderers.HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            html = h = (writer, renderer);
        }
        var sb = h.Writer.GetStringBuilder().Clear();
        h.Renderer.Render(block);
        // Trimmed in the builder: ToString().Trim() made every paragraph's HTML twice.
        int start = 0, end = sb.Length;
        while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        return sb.ToString(start, end - start);
    }

    /// <summary>The plain text of a block and everything inside it.</summary>
    public static string PlainText(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => Plain(inline),
        LeafBlock leaf => leaf.Lines.ToString(),
        ContainerBlock c => string.Join(" ", c.Select(PlainText)),
        _ => "",
    };

    public static string Plain(ContainerInline inline)
    {
        var sb = new StringBuilder();
        foreach (var i in inline.Descendants<Inline>())
        {
            switch (i)
            {
                case LiteralInline l: sb.Append(l.Content); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline e: sb.Append(e.Transcoded); break;
                case HtmlInline h: sb.Append(h.Tag); break;
                // A '[' no ']' closed stays in the tree as a delimiter, with the text after it inside; the page shows it.
                case DelimiterInline d: sb.Append(d.ToLiteral()); break;
            }
        }
        return sb.ToString();
    }
}
