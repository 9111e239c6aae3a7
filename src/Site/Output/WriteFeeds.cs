using System.Text;
using System.Xml.Linq;
using Site.Corpus;
using Site.Model;
using Site.Render;

namespace Site.Output;

/// <summary>Stage: sitemap.xml, the Atom feeds (Persian documents; translations per language) and robots.txt.</summary>
public static class WriteFeeds
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static IEnumerable<OutputFile> Run(SiteModel site, IEnumerable<string> pagePaths, FeedEntries? entries = null) => Jobs(site, pagePaths, entries).Select(job => job.Make());

    /// <summary>
    /// Each feed entry's XML (UTF-8), kept by the document and translation it was made from (the same objects while
    /// their files are unchanged): the preview makes again only the entries of what a save changed.
    /// </summary>
    public sealed class FeedEntries
    {
        internal System.Runtime.CompilerServices.ConditionalWeakTable<RenderedDocument, System.Collections.Concurrent.ConcurrentDictionary<(string Feed, string Updated, Translations.Translation? Tr), byte[]>> Kept { get; } = new();
    }

    /// <summary>
    /// One file of the stage and how to make it. A feed of documents or translations is also its parts (head, each
    /// entry, close; <see cref="Parts"/>), which the preview compares with the last feed's before joining them: a
    /// save that leaves every entry as it was (most do: an entry holds a document's title and opening) leaves the
    /// feed as it was.
    /// </summary>
    public sealed record Job(string Path, Func<OutputFile> Make, Func<byte[][]>? Parts = null);

    /// <summary>The stage's files, each made by a function of its own: they do not depend on each other, so a build
    /// makes them side by side.</summary>
    public static IEnumerable<Job> Jobs(SiteModel site, IEnumerable<string> pagePaths, FeedEntries? entries = null)
    {
        yield return FeedJob(Urls.Feed, () => FeedParts(site, "fa", site.Config.Title.Fa, Urls.Feed, site.Documents.Select(d => (d, (Translations.Translation?)null)), entries));
        foreach (var lang in site.Config.Translations)
        {
            var (l, path) = (lang, Urls.FeedOf(lang));
            var trs = site.AllTranslations.Where(t => t.Lang == l).Select(t => (site.ById(t.Original.Id)!, (Translations.Translation?)t));
            yield return FeedJob(path, () => FeedParts(site, l, site.Config.Title.In(l), path, trs, entries));
        }
        foreach (var lang in site.Config.Translations.Prepend("fa"))
        {
            var l = lang;
            yield return new(Urls.ChangesFeedOf(l), () => Xml(Urls.ChangesFeedOf(l), ChangesFeed(site, l)));
        }
        yield return new(Urls.Sitemap, () => Xml(Urls.Sitemap, Sitemap(site, pagePaths)));
        yield return new(Urls.Robots, () => OutputFile.Text(Urls.Robots, "User-agent: *\nAllow: /\n" + (Abs(site, Urls.Sitemap) is { } sm ? $"Sitemap: {sm}\n" : "")));
    }

    static Job FeedJob(string path, Func<byte[][]> parts) => new(path, () => Join(path, parts()), parts);

    /// <summary>A feed from its parts, copied once into a file of their length.</summary>
    public static OutputFile Join(string path, byte[][] parts)
    {
        var content = new byte[parts.Sum(p => (long)p.Length)];
        var at = 0;
        foreach (var p in parts) { p.CopyTo(content, at); at += p.Length; }
        return new(path, content);
    }

    /// <summary>Whether two feeds' parts hold the same bytes (an entry made again from a document read again is another array).</summary>
    public static bool SameParts(byte[][] a, byte[][] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i], b[i]) && !a[i].AsSpan().SequenceEqual(b[i])) return false;
        return true;
    }

    static string? Abs(SiteModel site, string path) => site.Config.AbsoluteUrl(path);

    /// <summary>A link from the feed: absolute with base_url, else relative to the feed's own place.</summary>
    static string Link(SiteModel site, string feedPath, string target) => Abs(site, target) ?? Urls.Relative(feedPath, target);

    /// <summary>The feed's date: the newest date the documents state, so two builds of the same input are identical.</summary>
    static string Updated(SiteModel site) =>
        (site.Messages.Select(m => ((Message)m.Doc).Date?.Iso).Where(d => d is not null).Max() ?? "2021-12-01") + "T00:00:00Z";

    /// <summary>
    /// A feed of documents (Persian) or of a language's translations, as its parts: the head, each entry's XML, the
    /// close. It is written without indentation: an entry's XML depends on its document and translation alone (and
    /// the feed's date), so the preview keeps it (<see cref="FeedEntries"/>) and a whole build writes the same bytes.
    /// </summary>
    static byte[][] FeedParts(SiteModel site, string lang, string title, string feedPath, IEnumerable<(RenderedDocument Doc, Translations.Translation? Tr)> items, FeedEntries? kept)
    {
        var updated = Updated(site);
        var feed = new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", lang),
            new XElement(Atom + "id", $"urn:congress12:feed:{lang}"),
            new XElement(Atom + "title", title),
            EditionSubtitle(site, lang),
            new XElement(Atom + "updated", updated),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Link(site, feedPath, feedPath))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Link(site, feedPath, Urls.HomeOf(lang)))),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Collection.Title)));
        var head = XmlOutput.Bytes(new XDocument(new XDeclaration("1.0", "utf-8", null), feed), indent: false);
        var parts = new List<byte[]> { head[..^CloseBytes.Length] };
        foreach (var (d, tr) in items)
        {
            byte[] Make() => EntryXml(site, feedPath, updated, d, tr);
            parts.Add(kept is null ? Make() : kept.Kept.GetOrCreateValue(d).GetOrAdd((feedPath, updated, tr), _ => Make()));
        }
        parts.Add(CloseBytes);
        return [.. parts];
    }

    static readonly byte[] CloseBytes = "</feed>"u8.ToArray();

    /// <summary>Each thread's writer of entries, used entry after entry: making an XmlWriter for each (as
    /// XNode.ToString does) allocated its buffers anew, some 150 MB at 10,000 documents.</summary>
    [ThreadStatic] static (MemoryStream Stream, System.Xml.XmlWriter Writer)? entryWriter;

    /// <summary>
    /// One entry's XML (UTF-8) as it stands inside the feed. Its elements are written in no namespace: inside the
    /// feed, whose default namespace is Atom's, that is Atom's, and no namespace is declared again on each entry.
    /// </summary>
    static byte[] EntryXml(SiteModel site, string feedPath, string updated, RenderedDocument d, Translations.Translation? tr)
    {
        var date = d.Doc is Message { Date.Iso: { } iso } ? iso + "T00:00:00Z" : updated;
        var author = tr?.Meta.Author ?? (d.Doc as Message)?.Author;
        var entry = new XElement("entry",
            new XElement("id", $"urn:congress12:{d.Doc.Id}" + (tr is null ? "" : $":{tr.Lang}")),
            new XElement("title", tr?.Meta.Title ?? d.Doc.Title),
            new XElement("updated", date),
            new XElement("link", new XAttribute("rel", "alternate"), new XAttribute("href", Link(site, feedPath, tr is null ? d.Url : Urls.Of(d.Doc, tr.Lang)))),
            author is null ? null : new XElement("author", new XElement("name", author)),
            new XElement("summary", tr is null ? d.Excerpt(300) : Excerpt(tr.Paragraphs.FirstOrDefault()?.Text ?? "")));
        if (entryWriter is not var (stream, writer))
        {
            stream = new MemoryStream();
            writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = System.Xml.ConformanceLevel.Fragment, Encoding = new UTF8Encoding(false) });
            entryWriter = (stream, writer);
        }
        stream.SetLength(0);
        try
        {
            entry.WriteTo(writer);
            writer.Flush();
        }
        catch
        {
            // A writer that failed halfway (a character XML cannot hold) is not used again: the preview builds on.
            entryWriter = null;
            throw;
        }
        return stream.ToArray();
    }

    /// <summary>The feed's subtitle names the edition it was built from.</summary>
    static XElement? EditionSubtitle(SiteModel site, string lang) =>
        site.Edition is { } e && site.StringsByLang.GetValueOrDefault(lang) is { } s ? new XElement(Atom + "subtitle", s.Format(s.Edition, e.Label)) : null;

    /// <summary>The recent changes, one entry each (documents corrected, translations added, reviewed or updated).</summary>
    static XDocument ChangesFeed(SiteModel site, string lang)
    {
        var s = site.StringsByLang[lang];
        var path = Urls.ChangesFeedOf(lang);
        var changes = lang == "fa" ? site.Changes : site.Changes.Where(c => c.Lang is null || c.Lang == lang).ToList();
        var feed = new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", lang),
            new XElement(Atom + "id", $"urn:congress12:changes:{lang}"),
            new XElement(Atom + "title", $"{(lang == "fa" ? site.Config.Title.Fa : site.Config.Title.En)} — {s.Changes}"),
            EditionSubtitle(site, lang),
            new XElement(Atom + "updated", (changes.FirstOrDefault()?.Date ?? site.Edition?.Date ?? "2021-12-01") + "T00:00:00Z"),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Link(site, path, path))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Link(site, path, Urls.ChangesOf(lang)))),
            new XElement(Atom + "author", new XElement(Atom + "name", lang == "fa" ? site.Config.Title.Fa : site.Config.Title.En)));
        foreach (var c in changes)
        {
            var title = lang != "fa" && site.TranslationsOf(c.Doc.Doc.Id).FirstOrDefault(t => t.Lang == lang) is { } tr ? tr.Meta.Title : c.Doc.Doc.Title;
            var what = s.KindOf(c.Kind) + (c.Lang is { } l ? $" ({site.StringsByLang[l].LanguageName})" : "");
            feed.Add(new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:congress12:change:{c.Date}:{c.Doc.Doc.Id}:{c.Kind}" + (c.Lang is null ? "" : ":" + c.Lang)),
                new XElement(Atom + "title", $"{what}: {title}"),
                new XElement(Atom + "updated", c.Date + "T00:00:00Z"),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Link(site, path, c.Target(lang)))),
                new XElement(Atom + "summary", $"{what}: {title} ({c.Date}, {c.Commit})")));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    static string Excerpt(string t) => t.Length <= 300 ? t : t[..300] + "…";

    static XDocument Sitemap(SiteModel site, IEnumerable<string> pagePaths)
    {
        var urlset = new XElement(Sm + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        foreach (var path in pagePaths.Where(p => p != Urls.NotFound && !Urls.IsWorkbench(p)).Order(StringComparer.Ordinal))
        {
            var url = new XElement(Sm + "url", new XElement(Sm + "loc", Abs(site, path) ?? path));
            // The same alternates as the page's own <link rel=alternate hreflang>: Persian and every edition.
            foreach (var (lang, other) in Urls.Alternates(path, site.Config.Translations))
                url.Add(new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", lang), new XAttribute("href", Abs(site, other) ?? other)));
            urlset.Add(url);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
    }

    static OutputFile Xml(string path, XDocument doc) => new(path, XmlOutput.Bytes(doc, indent: true));
}
