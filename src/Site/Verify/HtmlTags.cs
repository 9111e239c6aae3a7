using System.Net;

namespace Site.Verify;

/// <summary>
/// The start tags of a page, with their attributes (and the text of a title), read in one pass over the HTML.
/// </summary>
/// <remarks>
/// Written by hand where AngleSharp would do: reading every page the build writes with AngleSharp's parser, or even
/// its tokenizer alone, was a large part of the build's time, and this reads the same tags several times faster. It
/// follows HTML's syntax for what verification needs (start tags, quoted and unquoted attribute values, character
/// references in values, comments, raw text in script and style, the text of title and textarea) and nothing more:
/// it builds no tree and reports no syntax errors, which are the W3C checker's part in the tests. A test holds it
/// equal to AngleSharp's DOM on every page of the real site (tests/Site.Tests/Build/HtmlTagsTests.cs).
/// </remarks>
public static class HtmlTags
{
    /// <summary>
    /// A start tag. Attribute values are cut out of the page only when asked for. Reading a page hands out one Tag,
    /// refilled for each start tag (a page has hundreds): read what you need before moving to the next.
    /// </summary>
    public sealed class Tag
    {
        readonly ReadOnlyMemory<char> html;
        internal readonly List<(int NameStart, int NameLength, int ValueStart, int ValueLength)> attributes = [];

        internal Tag(ReadOnlyMemory<char> html) => this.html = html;

        /// <summary>The element's name, lower-case.</summary>
        public string Name { get; internal set; } = "";

        /// <summary>The text of a title or textarea, character references decoded; null for other elements.</summary>
        public string? Text { get; internal set; }

        public bool Has(string name) => Find(name) >= 0;

        /// <summary>The attribute's value, character references decoded; null when the tag does not have it.</summary>
        public string? Get(string name) => Get(name, null);

        /// <summary>The attribute's value as <see cref="Get(string)"/>, the copy in <paramref name="shared"/> when given.</summary>
        public string? Get(string name, SharedStrings? shared) => Find(name) is var i and >= 0 ? ValueAt(i, shared) : null;

        /// <summary>How many attributes the tag has (a repeated one counts once).</summary>
        public int Count => attributes.Count;

        /// <summary>The name of the attribute at <paramref name="i"/>, as written.</summary>
        public ReadOnlySpan<char> NameAt(int i) => html.Span.Slice(attributes[i].NameStart, attributes[i].NameLength);

        /// <summary>The value of the attribute at <paramref name="i"/> as <see cref="Get(string, SharedStrings?)"/> gives it.</summary>
        public string ValueAt(int i, SharedStrings? shared = null)
        {
            var (_, _, start, length) = attributes[i];
            var value = html.Span.Slice(start, length);
            if (value.Contains('&')) return shared is null ? WebUtility.HtmlDecode(value.ToString()) : shared.Of(WebUtility.HtmlDecode(value.ToString()));
            return shared is null ? value.ToString() : shared.Of(value);
        }

        /// <summary>The value of the attribute at <paramref name="i"/> as written, when it holds no character reference
        /// (else false): a value looked at and let go needs no string.</summary>
        public bool TryRawValueAt(int i, out ReadOnlySpan<char> value)
        {
            var (_, _, start, length) = attributes[i];
            value = html.Span.Slice(start, length);
            return !value.Contains('&');
        }

        public IEnumerable<string> Names => attributes.Select(a => html.Slice(a.NameStart, a.NameLength).ToString().ToLowerInvariant());

        int Find(string name)
        {
            var span = html.Span;
            for (int i = 0; i < attributes.Count; i++)
                if (attributes[i].NameLength == name.Length && span.Slice(attributes[i].NameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }

    /// <summary>Elements whose content is text up to their end tag, not markup: raw (script, style, …) or escapable
    /// (title, textarea, whose text is kept). A switch, not a set: it is asked of every tag of every page.</summary>
    static (bool Raw, bool Escapable) ContentOf(string name) => name switch
    {
        "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" => (true, false),
        "title" or "textarea" => (false, true),
        _ => (false, false),
    };

    /// <summary>Common names, so that reading a page does not allocate a string per tag for them (a switch on the
    /// span, which the compiler turns into a test of length and letters: a set's lookup hashed every tag's name).</summary>
    static string? Known(ReadOnlySpan<char> name) => name switch
    {
        "a" => "a", "abbr" => "abbr", "article" => "article", "aside" => "aside", "bdi" => "bdi", "blockquote" => "blockquote", "body" => "body",
        "br" => "br", "button" => "button", "code" => "code", "dd" => "dd", "div" => "div", "dl" => "dl", "dt" => "dt", "em" => "em",
        "fieldset" => "fieldset", "footer" => "footer", "form" => "form", "h1" => "h1", "h2" => "h2", "h3" => "h3", "head" => "head", "header" => "header",
        "hr" => "hr", "html" => "html", "input" => "input", "label" => "label", "legend" => "legend", "li" => "li", "link" => "link", "main" => "main",
        "mark" => "mark", "meta" => "meta", "nav" => "nav", "noscript" => "noscript", "ol" => "ol", "p" => "p", "path" => "path", "pre" => "pre",
        "script" => "script", "section" => "section", "small" => "small", "span" => "span", "strong" => "strong", "style" => "style", "svg" => "svg",
        "table" => "table", "tbody" => "tbody", "td" => "td", "textarea" => "textarea", "th" => "th", "thead" => "thead", "time" => "time",
        "title" => "title", "tr" => "tr", "ul" => "ul",
        _ => null,
    };

    /// <summary>Where a tag's or an attribute's name ends (the '=' only after an attribute's name).</summary>
    static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\n\r\f/>");
    static readonly System.Buffers.SearchValues<char> AttributeNameEnd = System.Buffers.SearchValues.Create(" \t\n\r\f/>=");

    public static IEnumerable<Tag> Read(string html) => Read(html.AsMemory());

    /// <summary>The start tags of <paramref name="html"/> (a page still in the renderer's buffer needs no string of its own).</summary>
    public static IEnumerable<Tag> Read(ReadOnlyMemory<char> html)
    {
        var tag = new Tag(html);
        var i = 0;
        while ((i = Next(html.Span, i, tag)) >= 0) yield return tag;
    }

    /// <summary>Reads on from <paramref name="i"/> to the next start tag and fills <paramref name="tag"/> with it; returns
    /// where to read on from, or -1 when there is no tag left.</summary>
    static int Next(ReadOnlySpan<char> html, int i, Tag tag)
    {
        int n = html.Length;
        var attributes = tag.attributes;
        while (i < n)
        {
            var at = html[i..].IndexOf('<');
            if (at < 0) return -1;
            var lt = i + at;
            if (lt + 1 >= n) return -1;
            var c = html[lt + 1];
            if (c == '!')
            {
                if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
                {
                    var end = html[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
                    if (end < 0) return -1;
                    i = lt + 4 + end + 3;
                }
                else i = SkipPast(html, lt, '>');   // <!DOCTYPE …>, or a bogus comment
                continue;
            }
            if (c is '/' or '?') { i = SkipPast(html, lt, '>'); continue; }
            if (!char.IsAsciiLetter(c)) { i = lt + 1; continue; }   // a '<' in text

            // The tag's name runs to a space, '/' or '>'.
            var nameEnd = html[(lt + 1)..].IndexOfAny(NameEnd);
            int p = nameEnd < 0 ? n : lt + 1 + nameEnd;
            var nameSpan = html.Slice(lt + 1, p - lt - 1);
            var name = Known(nameSpan) ?? nameSpan.ToString().ToLowerInvariant();

            attributes.Clear();
            tag.Name = name;
            tag.Text = null;
            while (p < n)
            {
                while (p < n && (IsSpace(html[p]) || html[p] == '/')) p++;
                if (p >= n || html[p] == '>') break;
                int nameStart = p;
                p++;   // a first '=' belongs to the name
                var attributeEnd = html[p..].IndexOfAny(AttributeNameEnd);
                p = attributeEnd < 0 ? n : p + attributeEnd;
                int nameLength = p - nameStart;
                int valueStart = p, valueLength = 0;
                int q = p;
                while (q < n && IsSpace(html[q])) q++;
                if (q < n && html[q] == '=')
                {
                    q++;
                    while (q < n && IsSpace(html[q])) q++;
                    if (q < n && html[q] is '"' or '\'')
                    {
                        var rest = html[(q + 1)..].IndexOf(html[q]);
                        var close = rest < 0 ? n : q + 1 + rest;
                        (valueStart, valueLength) = (q + 1, close - q - 1);
                        p = Math.Min(close + 1, n);
                    }
                    else
                    {
                        valueStart = q;
                        while (q < n && !IsSpace(html[q]) && html[q] != '>') q++;
                        valueLength = q - valueStart;
                        p = q;
                    }
                }
                // A repeated attribute is ignored, as browsers do.
                var dup = false;
                foreach (var a in attributes)
                    if (html.Slice(a.Item1, a.Item2).Equals(html.Slice(nameStart, nameLength), StringComparison.OrdinalIgnoreCase)) { dup = true; break; }
                if (!dup) attributes.Add((nameStart, nameLength, valueStart, valueLength));
            }
            i = Math.Min(p + 1, n);

            var (raw, escapable) = ContentOf(name);
            if (raw || escapable)
            {
                // The content runs to the first "</name" (in any case).
                var end = i;
                while (true)
                {
                    var next = html[end..].IndexOf("</", StringComparison.Ordinal);
                    if (next < 0) { end = n; break; }
                    end += next;
                    var after = end + 2 + name.Length;
                    if (html[(end + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
                        && (after >= n || IsSpace(html[after]) || html[after] is '/' or '>')) break;
                    end += 2;
                }
                if (escapable) tag.Text = WebUtility.HtmlDecode(html[i..end].ToString());
                i = end;
            }
            return i;
        }
        return -1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static bool IsSpace(char c) => c <= ' ' && c is ' ' or '\t' or '\n' or '\r' or '\f';

    static int SkipPast(ReadOnlySpan<char> html, int from, char c)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? html.Length : from + at + 1;
    }
}
