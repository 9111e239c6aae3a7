using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Corpus;
using Site.Text;
using Site.Translations;

namespace Site.Model;

/// <summary>A piece of an original paragraph as the workbench shows it: plain text, or a glossary term (marked).</summary>
public sealed record MarkedText(string Text, GlossaryTerm? Term);

/// <summary>
/// One paragraph of the workbench: the original (terms marked), the agreed renderings, what changed, the slot, and
/// where the original changed since it was translated, what the translation pinned (<see cref="Pinned"/>).
/// </summary>
public sealed record WorkbenchParagraph(
    int Number, string Original, IReadOnlyList<MarkedText> Pieces, IReadOnlyList<GlossaryTerm> Terms,
    IReadOnlyList<DiffPiece>? Change, string Slot, PinnedParagraph? Pinned = null);

/// <summary>
/// A paragraph of the original as the translation pinned it, where it changed since: its hash in source_hashes and
/// its wording from the anchor comment (null where the comment does not hold it). The file the workbench writes keeps
/// them until the translator revises the paragraph, so the change stays marked.
/// </summary>
public sealed record PinnedParagraph(string Hash, string? Wording);

/// <summary>The page translate/&lt;lang&gt;/&lt;id&gt;.html: a document, the language, the translation there is (to improve) and where it is proposed.</summary>
public sealed record WorkbenchContent(
    RenderedDocument Doc, string Lang, UiStrings S, Translation? Existing, IReadOnlyList<WorkbenchParagraph> Paragraphs,
    string FilePath, string? ProposeUrl, string? RepositoryUrl, string Data);

public static class Workbench
{
    /// <summary>What separates names in the translators' field: the comma and the semicolon, Latin and Persian/Arabic.</summary>
    public const string NameSeparators = ",،;؛";

    /// <summary>
    /// The translators' field as the workbench shows it: the names separated by ", "; a name that holds a separator
    /// (or starts with a quote) in double quotes, a quote in it doubled. workbench.js's names() reads it back.
    /// </summary>
    public static string TranslatorsField(IEnumerable<string> names) => string.Join(", ", names.Select(n =>
        n.IndexOfAny(NameSeparators.ToCharArray()) >= 0 || n.StartsWith('"') ? "\"" + n.Replace("\"", "\"\"") + "\"" : n));

    public static WorkbenchContent PageOf(SiteModel site, RenderedDocument d, string lang)
    {
        var doc = d.Doc;
        var existing = site.TranslationsOf(doc.Id).FirstOrDefault(t => t.Lang == lang);
        var paragraphs = new List<WorkbenchParagraph>();
        for (int i = 0; i < doc.Paragraphs.Count; i++)
        {
            var text = doc.Paragraphs[i];
            var marks = site.Glossary.Marks(text);
            var pieces = new List<MarkedText>();
            int at = 0;
            foreach (var (start, length, term) in marks)
            {
                // A term with no rendering in this language has nothing to show the translator: it stays plain text.
                if (term.In(lang).Count == 0) continue;
                if (start > at) pieces.Add(new(text[at..start], null));
                pieces.Add(new(text.Substring(start, length), term));
                at = start + length;
            }
            if (at < text.Length) pieces.Add(new(text[at..], null));
            var terms = site.Glossary.FoundIn(text).Where(t => t.In(lang).Count > 0).ToList();
            var slot = existing is not null && i < existing.SlotTexts.Count ? existing.SlotTexts[i] : "";
            var pinned = existing is not null && existing.IsStale(i)
                ? new PinnedParagraph(existing.Meta.SourceHashes[i], i < existing.PinnedWording.Count ? existing.PinnedWording[i] : null) : null;
            paragraphs.Add(new(i + 1, text, pieces, terms, existing?.ChangeIn(i), slot, pinned));
        }
        var path = Urls.TranslationFile(lang, doc);
        var config = site.Config;
        string? propose = config.Repository is { Length: > 0 } repo
            ? existing is null ? Urls.GitHubNewFile(repo, config.Branch, path) : Urls.GitHubEdit(repo, config.Branch, path)
            : null;
        string? repoUrl = config.Repository is { Length: > 0 } r ? Urls.GitHubFile(r, config.Branch, "CONTRIBUTING.md") : null;
        return new WorkbenchContent(d, lang, site.StringsByLang[lang], existing, paragraphs, path, propose, repoUrl, Data(site, doc, lang, paragraphs, existing is not null, propose));
    }

    static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// What the page's script needs, as JSON in the page: the document (to write the file, as <see cref="Scaffold.Render"/>
    /// does), what each changed paragraph's translation pinned, the renderings to look for in each slot and where to
    /// propose (the messages come in a script of their own, <see cref="StringsScript"/>).
    /// The encoder escapes &lt; &gt; &amp; and quotes, so the JSON can stand inside a script element.
    /// </summary>
    public static string Data(SiteModel site, Document doc, string lang, IReadOnlyList<WorkbenchParagraph> paragraphs, bool existing, string? propose)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOptions))
        {
            w.WriteStartObject();
            WriteDocument(w, doc, lang, inPage: true);
            w.WriteString("key", $"workbench:{lang}:{doc.Id}");
            w.WriteString("slug", doc.Slug);
            w.WriteBoolean("existing", existing);
            if (propose is null) w.WriteNull("propose"); else w.WriteString("propose", propose);
            w.WriteStartArray("pinned");
            foreach (var p in paragraphs)
            {
                if (p.Pinned is not { } pinned) { w.WriteNullValue(); continue; }
                w.WriteStartObject();
                w.WriteString("hash", pinned.Hash);
                if (pinned.Wording is null) w.WriteNull("wording"); else w.WriteString("wording", pinned.Wording);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("glossary");
            foreach (var p in paragraphs)
            {
                w.WriteStartArray();
                foreach (var t in p.Terms)
                {
                    w.WriteStartObject();
                    w.WriteString("fa", t.Fa);
                    w.WriteStartArray("renderings");
                    foreach (var r in t.In(lang)) w.WriteStringValue(r);
                    w.WriteEndArray();
                    w.WriteStartArray("shown");
                    foreach (var r in t.ShownIn(lang)) w.WriteStringValue(r);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>
    /// The workbench's messages in <paramref name="lang"/>, as the script assets/workbench-&lt;lang&gt;.js: one file every
    /// workbench page of the language loads (and a browser keeps), not 3 KB more in each page.
    /// </summary>
    public static string StringsScript(SiteModel site, string lang)
    {
        var s = site.StringsByLang[lang];
        using var ms = new MemoryStream();
        // Escaped to ASCII, as the theme's scripts are: it reads the same whatever encoding a host or file:// assumes.
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            foreach (var (key, value) in new[]
            {
                ("titleMissing", s.RuleTitleMissing), ("authorMissing", s.RuleAuthorMissing), ("translatorsMissing", s.RuleTranslatorsMissing), ("slotCount", s.RuleSlotCount),
                ("slotEmpty", s.RuleSlotEmpty), ("slotSeveral", s.RuleSlotSeveral), ("linkScheme", s.RuleLinkScheme), ("rawHtml", s.RuleRawHtml), ("unshowable", s.RuleUnshowable), ("slotLinks", s.RuleSlotLinks),
                ("slotComment", s.RuleSlotComment), ("slotBlock", s.RuleSlotBlock), ("slotStart", s.RuleSlotStart), ("slotList", s.RuleSlotList), ("stale", s.RuleStale),
                ("slotOriginal", s.RuleSlotOriginal), ("slotScript", s.RuleSlotScript), ("slotPersianLetters", s.RuleSlotPersianLetters),
                ("newer", s.WorkbenchNewer), ("usePublished", s.WorkbenchUsePublished),
                ("glossary", s.RuleGlossary), ("progress", s.WorkbenchProgress), ("ready", s.WorkbenchReady), ("saved", s.WorkbenchSaved),
                ("copied", s.WorkbenchCopied), ("proposeClipboard", s.WorkbenchProposeClipboard), ("proposeEdit", s.WorkbenchProposeEdit),
                ("openGitHub", s.WorkbenchOpenGithub), ("proposeErrors", s.WorkbenchProposeErrors), ("proposeNewer", s.WorkbenchProposeNewer), ("problemsAt", s.WorkbenchProblemsAt),
                ("kept", s.WorkbenchKept),
            })
                w.WriteString(key, value);
            w.WriteEndObject();
        }
        return "window.WorkbenchStrings = " + System.Text.Encoding.UTF8.GetString(ms.ToArray()) + ";\n";
    }

    /// <summary>
    /// The document as the script writes its file from it: the fields of <see cref="Scaffold.Render"/>. On the page
    /// (<paramref name="inPage"/>), a paragraph the page already shows as it is written is null, and the script reads
    /// it there: the page then carries the original once, not twice.
    /// </summary>
    public static void WriteDocument(Utf8JsonWriter w, Document doc, string lang, bool inPage = false)
    {
        w.WriteString("id", doc.Id);
        w.WriteString("kind", doc is Message ? "message" : "resolution");
        w.WriteString("lang", lang);
        w.WriteString("title", doc.Title);
        if (doc is Message { Author: { } a }) w.WriteString("sender", a); else w.WriteNull("sender");
        if (TranslationRules.SignedSender(doc) is { } signed) w.WriteString("signed", signed); else w.WriteNull("signed");
        w.WriteStartArray("paragraphs");
        foreach (var p in doc.Paragraphs)
            if (inPage && ThePageShowsExactly(p)) w.WriteNullValue(); else w.WriteStringValue(p);
        w.WriteEndArray();
    }

    /// <summary>
    /// Whether a paragraph reads back from the page's HTML as it is written: the page shows it as text, and a
    /// browser's parser changes only carriage returns (to line feeds; the other control characters are refused when
    /// the corpus is read).
    /// </summary>
    public static bool ThePageShowsExactly(string paragraph) => !paragraph.Contains('\r');

    /// <summary><see cref="WriteDocument"/> alone, as a JSON object (the parity tests hand it to the script).</summary>
    public static string DocumentJson(Document doc, string lang)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOptions)) { w.WriteStartObject(); WriteDocument(w, doc, lang); w.WriteEndObject(); }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
