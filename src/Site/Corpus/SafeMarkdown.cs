using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Corpus;

/// <summary>
/// Makes a parsed Markdown document safe to publish from strangers' hands. Raw HTML is already off (the pipeline
/// escapes it); here links keep only http(s), mailto and relative targets, and images become their alt text, since
/// an image from another host would be a request to a third party.
/// </summary>
public static class SafeMarkdown
{
    public static void Sanitize(MarkdownDocument doc)
    {
        // A heading in a document's body would be a second <h1> beside the page's title: it stays a paragraph.
        foreach (var heading in doc.Descendants<HeadingBlock>().ToList())
        {
            var parent = heading.Parent!;
            var paragraph = new ParagraphBlock { Line = heading.Line, Span = heading.Span, Inline = new ContainerInline() };
            foreach (var child in heading.Inline?.ToList() ?? []) { child.Remove(); paragraph.Inline.AppendChild(child); }
            var at = parent.IndexOf(heading);
            parent.RemoveAt(at);
            parent.Insert(at, paragraph);
        }
        foreach (var link in doc.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage) { ReplaceWithText(link, Text(link)); continue; }
            if (!IsSafeUrl(link.Url)) Unwrap(link);
        }
        foreach (var auto in doc.Descendants<AutolinkInline>().ToList())
            if (!IsSafeUrl(auto.IsEmail ? "mailto:" + auto.Url : auto.Url)) ReplaceWithText(auto, auto.Url);
    }

    /// <summary>An http(s) or mailto link: one that leads somewhere outside the site.</summary>
    public static bool IsAbsoluteWebLink(string? url) =>
        url is not null && (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));

    static readonly System.Buffers.SearchValues<char> ControlOrSpace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => char.IsControl(c) || char.IsWhiteSpace(c)).ToArray());

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): judge the URL as they read it.
        var u = url.AsSpan().IndexOfAny(ControlOrSpace) < 0 ? url.Replace('\\', '/')
            : new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).Replace('\\', '/');
        var colon = u.IndexOf(':');
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return !u.StartsWith("//", StringComparison.Ordinal); // relative (not protocol-relative)
        var scheme = u[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    static string Text(ContainerInline c) => MarkdownText.Plain(c);

    static void ReplaceWithText(Inline node, string text) => node.ReplaceBy(new LiteralInline(text), copyChildren: false);

    static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}
