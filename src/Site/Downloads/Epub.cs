using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using AngleSharp;
using AngleSharp.Html.Parser;
using AngleSharp.Xhtml;
using Site.Model;
using Site.Output;
using Site.Render;
using Site.Text;
using Site.Corpus;

namespace Site.Downloads;

/// <summary>
/// EPUB 3 of the collection: in Persian (right-to-left page progression, Vazirmatn embedded, a table of contents by
/// messages and resolutions, each message with its sender), and in each translation language (the translated
/// documents). Written with System.IO.Compression and LINQ to XML; no EPUB library is on our package source.
/// </summary>
public static class Epub
{
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";

    public static string NameFor(string lang) => $"congress12-{lang}.epub";

    sealed record Chapter(string Id, string Href, string Title, string? Byline, IReadOnlyList<string> ParagraphsHtml, bool IsMessage)
    {
        /// <summary>The table of contents names each message's sender too, since many titles read "پیام به کنگره".</summary>
        public string? Sender { get; init; }
        /// <summary>Not yet translated: the Persian original stands in the chapter, marked as Persian.</summary>
        public bool OriginalOnly { get; init; }
        public string TocLabel => Sender is { Length: > 0 } s && !Title.Contains(s, StringComparison.Ordinal) ? $"{Title} — {s}" : Title;
    }

    /// <summary>The Persian book, written into <paramref name="into"/>.</summary>
    /// <param name="cache">The last book's deflated chapters by content (<see cref="ZipCache"/>), when a build keeps them.</param>
    public static void Persian(SiteModel site, byte[] font, Stream into, ZipCache? cache = null)
    {
        var chapters = site.Documents.Select(d => new Chapter(d.Doc.Id, $"text/{d.Doc.Id}.xhtml", d.Doc.Title,
            d.Doc is Message m ? $"{site.Fa.Sender}: {m.Author ?? site.Fa.Unsigned}" + (m.Place is { } p ? $" — {p}" : "") + (m.Date is { } dt ? $" — {Display.Jalali(dt)}" : "") : null,
            d.Paragraphs.Select(p => p.Html).ToList(), d.Doc is Message) { Sender = d.Doc is Message msg ? msg.Author ?? site.Fa.Unsigned : null }).ToList();
        Write("fa", "rtl", site.Collection.Title, site.Collection.Subtitle, site.Fa, chapters, font, site.Edition, into, cache);
    }

    /// <summary>
    /// The book of an edition: every document, the translation where there is one, else the Persian original under a
    /// line that says it is not translated yet (the font is embedded for it, and for Arabic-script editions).
    /// </summary>
    public static void Edition(SiteModel site, string lang, byte[] font, Stream into, ZipCache? cache = null)
    {
        var s = site.StringsByLang[lang];
        var chapters = site.Documents.Select(d =>
        {
            var t = site.TranslationsOf(d.Doc.Id).FirstOrDefault(x => x.Lang == lang);
            var m = d.Doc as Message;
            var sender = m is null ? null : Render.PageContext.SenderNameIn(s, m, t) ?? s.Unsigned;
            if (t is null)
                return new Chapter(d.Doc.Id, $"text/{d.Doc.Id}.xhtml", d.Doc.Title,
                    string.Join(" — ", new[] { sender, s.NoTranslationYet }.Where(x => !string.IsNullOrEmpty(x))),
                    d.Paragraphs.Select(p => p.Html).ToList(), m is not null) { Sender = sender, OriginalOnly = true };
            return new Chapter(d.Doc.Id, $"text/{d.Doc.Id}.xhtml", t.Meta.Title,
                string.Join(" — ", new[] { sender, $"{s.TranslatedBy} {string.Join(", ", t.Meta.Translators.Select(s.Translator))} ({s.StatusOf(t.Meta.Status)})" }.Where(x => !string.IsNullOrEmpty(x))),
                NumberParagraphs.Of(t).Select(p => p.Html).ToList(), m is not null) { Sender = sender };
        }).ToList();
        Write(lang, s.Dir, site.Config.Title.In(lang), s.WhatThisIs, s, chapters, font, site.Edition, into, cache);
    }

    /// <summary>
    /// The book, each file added as it is made (a book of 10,000 chapters held whole took some 130 MB of memory that
    /// the collector had to find anew for each book).
    /// </summary>
    static void Write(string lang, string dir, string title, string subtitle, UiStrings s, List<Chapter> chapters, byte[]? font, Edition? edition, Stream into, ZipCache? cache)
    {
        var container = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Container + "container", new XAttribute("version", "1.0"),
            new XElement(Container + "rootfiles", new XElement(Container + "rootfile", new XAttribute("full-path", "EPUB/package.opf"), new XAttribute("media-type", "application/oebps-package+xml")))));
        using var zip = new ZipWriter(into, cache);
        // The mimetype comes first, stored, as the EPUB container requires.
        zip.Add("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"), stored: true);
        zip.Add("META-INF/container.xml", XmlBytes(container));
        void Put(string path, byte[] bytes) => zip.Add(path, bytes, stored: path.EndsWith(".woff2"));

        Put("EPUB/style.css", Encoding.UTF8.GetBytes(Css(font is not null)));
        if (font is not null) Put("EPUB/fonts/vazirmatn.woff2", font);
        Put("EPUB/title.xhtml", Page(lang, dir, title, new XElement(Xhtml + "section", new XAttribute(Ops + "type", "titlepage"),
            new XElement(Xhtml + "h1", title), new XElement(Xhtml + "p", new XAttribute("class", "subtitle"), subtitle),
            edition is null ? null : new XElement(Xhtml + "p", new XAttribute("class", "edition"), s.Format(s.Edition, edition.Label))), ""));
        foreach (var c in chapters)
        {
            var body = new XElement(Xhtml + "section", new XAttribute(Ops + "type", "chapter"),
                c.OriginalOnly && lang != "fa" ? new XElement(Xhtml + "h1", Persian(), c.Title) : new XElement(Xhtml + "h1", c.Title));
            if (c.Byline is not null) body.Add(new XElement(Xhtml + "p", new XAttribute("class", "byline"), c.Byline));
            var text = c.OriginalOnly && lang != "fa" ? new XElement(Xhtml + "div", Persian()) : body;
            foreach (var html in c.ParagraphsHtml) text.Add(ToXhtml(html));
            if (text != body) body.Add(text);
            Put("EPUB/" + c.Href, Page(lang, dir, c.Title, body, "../"));
        }
        Put("EPUB/nav.xhtml", Nav(lang, dir, title, s, chapters));

        var id = "urn:uuid:" + Uuid(title + lang);
        var manifest = new XElement(Opf + "manifest",
            new XElement(Opf + "item", new XAttribute("id", "nav"), new XAttribute("href", "nav.xhtml"), new XAttribute("media-type", "application/xhtml+xml"), new XAttribute("properties", "nav")),
            new XElement(Opf + "item", new XAttribute("id", "css"), new XAttribute("href", "style.css"), new XAttribute("media-type", "text/css")),
            new XElement(Opf + "item", new XAttribute("id", "title"), new XAttribute("href", "title.xhtml"), new XAttribute("media-type", "application/xhtml+xml")));
        if (font is not null) manifest.Add(new XElement(Opf + "item", new XAttribute("id", "font"), new XAttribute("href", "fonts/vazirmatn.woff2"), new XAttribute("media-type", "font/woff2")));
        foreach (var c in chapters) manifest.Add(new XElement(Opf + "item", new XAttribute("id", c.Id), new XAttribute("href", c.Href), new XAttribute("media-type", "application/xhtml+xml")));
        var spine = new XElement(Opf + "spine", new XAttribute("page-progression-direction", dir), new XElement(Opf + "itemref", new XAttribute("idref", "title")), new XElement(Opf + "itemref", new XAttribute("idref", "nav")));
        foreach (var c in chapters) spine.Add(new XElement(Opf + "itemref", new XAttribute("idref", c.Id)));
        var package = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Opf + "package",
            new XAttribute("version", "3.0"), new XAttribute("unique-identifier", "uid"), new XAttribute(XNamespace.Xml + "lang", lang), new XAttribute("dir", dir),
            new XElement(Opf + "metadata", new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XElement(Dc + "identifier", new XAttribute("id", "uid"), id),
                new XElement(Dc + "title", title),
                new XElement(Dc + "language", lang),
                new XElement(Dc + "description", subtitle),
                new XElement(Opf + "meta", new XAttribute("property", "dcterms:modified"), edition is null ? OfflineCopy.Stamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : edition.Date + "T00:00:00Z")),
            manifest, spine));
        Put("EPUB/package.opf", XmlBytes(package));
        zip.Finish();
    }

    static object[] Persian() => [new XAttribute("lang", "fa"), new XAttribute(XNamespace.Xml + "lang", "fa"), new XAttribute("dir", "rtl")];

    static byte[] Page(string lang, string dir, string title, XElement body, string up)
    {
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XDocumentType("html", null, null, null),
            new XElement(Xhtml + "html", new XAttribute(XNamespace.Xmlns + "epub", Ops), new XAttribute("lang", lang), new XAttribute(XNamespace.Xml + "lang", lang), new XAttribute("dir", dir),
                new XElement(Xhtml + "head", new XElement(Xhtml + "meta", new XAttribute("charset", "utf-8")), new XElement(Xhtml + "title", title),
                    new XElement(Xhtml + "link", new XAttribute("rel", "stylesheet"), new XAttribute("type", "text/css"), new XAttribute("href", up + "style.css"))),
                new XElement(Xhtml + "body", body)));
        return XmlBytes(doc);
    }

    static byte[] Nav(string lang, string dir, string title, UiStrings s, List<Chapter> chapters)
    {
        // An edition's untranslated chapter is listed by its Persian title, marked as Persian (a reader's voice and
        // the line's direction follow it), with the sender in the edition's words.
        object Label(Chapter c) => !c.OriginalOnly ? c.TocLabel
            : new object[] { new XElement(Xhtml + "span", Persian(), c.Title), c.TocLabel.Length > c.Title.Length ? c.TocLabel[c.Title.Length..] : "" };
        XElement List(IEnumerable<Chapter> cs) => new(Xhtml + "ol", cs.Select(c => new XElement(Xhtml + "li", new XElement(Xhtml + "a", new XAttribute("href", c.Href), Label(c)))));
        var toc = new XElement(Xhtml + "nav", new XAttribute(Ops + "type", "toc"), new XAttribute("id", "toc"), new XElement(Xhtml + "h1", title),
            new XElement(Xhtml + "ol",
                chapters.Any(c => c.IsMessage) ? new XElement(Xhtml + "li", new XElement(Xhtml + "span", s.Messages), List(chapters.Where(c => c.IsMessage))) : null,
                chapters.Any(c => !c.IsMessage) ? new XElement(Xhtml + "li", new XElement(Xhtml + "span", s.Resolutions), List(chapters.Where(c => !c.IsMessage))) : null));
        return Page(lang, dir, title, toc, "");
    }

    /// <summary>
    /// Markdig's HTML fragment as well-formed XHTML. Markdig writes XHTML already (closed void elements, only XML's
    /// entities), so a paragraph is read as XML directly; one that is not well-formed is re-serialized by AngleSharp's
    /// XHTML formatter first. (Parsing every paragraph with AngleSharp took 13 s of the two books at 10,000 documents.)
    /// A link inside the site (a paragraph, a page) leads nowhere in the book: its text is kept.
    /// </summary>
    internal static XElement ToXhtml(string html) => Plain(html) ?? Parsed(html);

    /// <summary>
    /// A paragraph or heading of text only (most of them), made without an XML parser: the same element
    /// <see cref="Parsed"/> makes of it, at a fraction of the cost (both books read every paragraph of the collection).
    /// Null for anything else: attributes, markup or an entity inside, a character XML would change or refuse.
    /// </summary>
    internal static XElement? Plain(string html)
    {
        var s = html.AsSpan().TrimEnd('\n');
        if (s.Length < 7 || s[0] != '<') return null;
        var close = s.IndexOf('>');
        if (close < 2) return null;
        var name = s[1..close];
        if (!(name is "p" or "h2" or "h3" or "h4")) return null;
        var inner = s[(close + 1)..];
        var end = inner.Length - name.Length - 3;
        if (end < 0 || !inner[end..].StartsWith("</", StringComparison.Ordinal) || !inner[(end + 2)..^1].SequenceEqual(name) || inner[^1] != '>') return null;
        inner = inner[..end];
        if (inner.IsWhiteSpace() || inner.ContainsAny(NotPlain)) return null;
        var text = inner.Contains('&') ? Decoded(inner) : inner.ToString();
        return text is null ? null : new XElement(Xhtml + name.ToString(), text);
    }

    /// <summary>Markup, line ends XML rewrites, and the control characters it refuses (only tab and line feed are plain).</summary>
    static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create(
        "<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>The text with XML's own entities decoded (those Markdig writes); null if it holds any other.</summary>
    static string? Decoded(ReadOnlySpan<char> inner)
    {
        var b = new StringBuilder(inner.Length);
        while (inner.Length > 0)
        {
            var amp = inner.IndexOf('&');
            if (amp < 0) { b.Append(inner); break; }
            b.Append(inner[..amp]);
            inner = inner[amp..];
            (string Entity, char Char)? hit = null;
            foreach (var e in XmlEntities) if (inner.StartsWith(e.Entity, StringComparison.Ordinal)) { hit = e; break; }
            if (hit is not { } h) return null;
            b.Append(h.Char);
            inner = inner[h.Entity.Length..];
        }
        return b.ToString();
    }

    static readonly (string Entity, char Char)[] XmlEntities = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\''), ("&#39;", '\'')];

    /// <summary>Any paragraph, through an XML parser (AngleSharp first when it is not well-formed).</summary>
    internal static XElement Parsed(string html)
    {
        var wrapper = WrappedOrNull(html) ?? Wrapped(ViaAngleSharp(html));
        foreach (var a in wrapper.Descendants(Xhtml + "a").ToList())
            if (a.Parent is not null && !Corpus.SafeMarkdown.IsAbsoluteWebLink((string?)a.Attribute("href"))) a.ReplaceWith(new XText(a.Value));
        return wrapper.Elements().Count() == 1 ? wrapper.Elements().Single() : wrapper;
    }

    static XElement Wrapped(string xml) => XElement.Parse($"<div xmlns=\"{Xhtml}\">{xml}</div>");

    static XElement? WrappedOrNull(string xml)
    {
        try { return Wrapped(xml); }
        catch (System.Xml.XmlException) { return null; }
    }

    static string ViaAngleSharp(string html)
    {
        var parser = new HtmlParser();
        var doc = parser.ParseDocument("<body></body>");
        return string.Concat(parser.ParseFragment(html, doc.Body!).Select(n => n.ToHtml(XhtmlMarkupFormatter.Instance)));
    }

    static string Css(bool font) => (font ? "@font-face { font-family: \"Vazirmatn\"; src: url(\"fonts/vazirmatn.woff2\") format(\"woff2\"); font-weight: 400 800; }\n" : "") + """
        html { font-family: "Vazirmatn", serif; line-height: 1.8; }
        h1 { font-size: 1.4em; line-height: 1.5; margin: 0 0 0.5em; }
        .byline, .subtitle { color: #555; margin: 0 0 1.2em; }
        p { margin: 0 0 0.8em; text-align: start; }
        nav ol { list-style: none; padding-inline-start: 0; }
        nav ol ol { padding-inline-start: 1em; }
        nav span { font-weight: bold; }
        """;

    static string Uuid(string seed)
    {
        var b = SHA1.HashData(Encoding.UTF8.GetBytes(seed))[..16];
        b[6] = (byte)((b[6] & 0x0F) | 0x50);   // a name-based (version 5) UUID
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        var h = Convert.ToHexString(b).ToLowerInvariant();
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    static byte[] XmlBytes(XDocument doc) => XmlOutput.Bytes(doc, indent: false);
}
