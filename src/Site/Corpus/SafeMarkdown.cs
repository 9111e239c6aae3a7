using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Corpus;

/// <summary>
/// Makes Markdown from strangers' hands safe to publish, as an extension of the pipeline that renders it: whatever
/// the pipeline renders is safe, with no pass a caller must remember. Raw HTML is already off (the pipeline escapes
/// it); here links keep only http(s), mailto and relative targets, images become their alt text (an image from
/// another host would be a request to a third party), and a heading in a body stays a paragraph (it would be a second
/// h1 beside the page's title). The parsed document is left as it was, so its plain text is what was written.
/// </summary>
public static class SafeMarkdown
{
    /// <summary>Renders every document of this pipeline under the safe-Markdown policy.</summary>
    public static MarkdownPipelineBuilder UseSafeMarkdown(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<Extension>();
        return pipeline;
    }

    sealed class Extension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) { }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is not HtmlRenderer html) return;
            var renderers = html.ObjectRenderers;
            renderers.Replace<HeadingRenderer>(new HeadingAsParagraph());
            renderers.Replace<LinkInlineRenderer>(new SafeLink(renderers.FindExact<LinkInlineRenderer>()!));
            renderers.Replace<AutolinkInlineRenderer>(new SafeAutolink(renderers.FindExact<AutolinkInlineRenderer>()!));
        }
    }

    /// <summary>A heading written as the paragraph it stands for (as Markdig writes a paragraph, tight lists included).</summary>
    sealed class HeadingAsParagraph : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            if (!renderer.ImplicitParagraph && renderer.EnableHtmlForBlock)
            {
                if (!renderer.IsFirstInContainer) renderer.EnsureLine();
                renderer.Write("<p>");
            }
            renderer.WriteLeafInline(obj);
            if (!renderer.ImplicitParagraph)
            {
                if (renderer.EnableHtmlForBlock) renderer.WriteLine("</p>");
                renderer.EnsureLine();
            }
        }
    }

    /// <summary>An image is its alt text; a link to anything but a safe target is its text; other links are Markdig's.</summary>
    sealed class SafeLink(LinkInlineRenderer inner) : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.IsImage) WriteText(renderer, MarkdownText.Plain(link));
            else if (!IsSafeUrl(link.Url)) renderer.WriteChildren(link);
            else inner.Write(renderer, link);
        }
    }

    /// <summary>An autolink to an unsafe target is its address as text.</summary>
    sealed class SafeAutolink(AutolinkInlineRenderer inner) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline auto)
        {
            if (IsSafeUrl(auto.IsEmail ? "mailto:" + auto.Url : auto.Url)) inner.Write(renderer, auto);
            else WriteText(renderer, auto.Url);
        }
    }

    /// <summary>Text as Markdig writes a literal.</summary>
    static void WriteText(HtmlRenderer renderer, string text)
    {
        if (renderer.EnableHtmlEscape) renderer.WriteEscape(text);
        else renderer.Write(text);
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
}
