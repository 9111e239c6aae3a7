using System.Text;
using System.Text.RegularExpressions;

namespace Site.Model;

/// <summary>
/// What a citation of a document names, in the page's language: who sent it, its title, the collection, the
/// edition (already worded, e.g. ", edition of 6 December 2026", or empty) and the page's address.
/// </summary>
public sealed record Citation(string Sender, string Title, string Collection, string Edition, string Address)
{
    /// <summary>On an edition's page, whether the sender and the title are the Persian original's (no translation gives them).</summary>
    public bool SenderIsPersian { get; init; }
    public bool TitleIsPersian { get; init; }

    /// <summary>The citation of the whole document (the "Cite this page" block).</summary>
    public string OfDocument(UiStrings s) => s.Format(s.CiteDocument, Sender, Title, "", Collection, Edition, Address);

    /// <summary>The citation line of paragraph <paramref name="number"/> (already in the page's digits) at <paramref name="address"/>.</summary>
    public string OfParagraph(UiStrings s, string number, string address) => s.Format(s.CiteParagraph, Sender, Title, number, Collection, Edition, address);
}

/// <summary>
/// The prefilled links that let a reader report a problem in a text: a new GitHub issue and a mail. The page sends
/// nothing; the reader follows the link or not. theme/assets/site.js builds the same links for one paragraph, with
/// the same rules (a test holds the two equal): every character a translator typed is percent-encoded, so nothing in
/// a title or a paragraph can end the link's query or start another field.
/// </summary>
public static partial class ProblemReport
{
    /// <summary>How much of each quoted text goes into a report: a whole Persian paragraph, percent-encoded, would outgrow the address GitHub accepts.</summary>
    public const int QuoteLimit = 1000;

    /// <summary>The report's title: the document, where in it, and its title on one line.</summary>
    public static string Title(UiStrings s, string id, string where, string docTitle) => s.Format(s.ReportTitle, id, where, OneLine(docTitle));

    /// <summary>The report's body: document, where, languages, the page's address, the quoted texts, and a place for the reader's words.</summary>
    public static string Body(UiStrings s, string id, string where, string langs, string address, IEnumerable<string> texts) =>
        s.Format(s.ReportBody, id, where, langs, address, Quote(texts));

    /// <summary>GitHub's new-issue form for <paramref name="repository"/> ("owner/name"), filled in.</summary>
    public static string IssueUrl(string repository, string title, string body) =>
        $"https://github.com/{repository}/issues/new?title={Escape(title)}&body={Escape(body)}";

    /// <summary>A mail to <paramref name="address"/> with the same subject and text (lines end in CRLF, as RFC 6068 asks).</summary>
    public static string MailUrl(string address, string subject, string body) =>
        $"mailto:{address}?subject={Escape(subject)}&body={Escape(body.Replace("\n", "\r\n", StringComparison.Ordinal))}";

    /// <summary>The texts as a mail or Markdown quote: each line after "> ", the texts apart by an empty line, each cut at <see cref="QuoteLimit"/>.</summary>
    public static string Quote(IEnumerable<string> texts) =>
        string.Join("\n\n", texts.Select(t => t.Trim()).Where(t => t.Length > 0).Select(t =>
            string.Join("\n", LineBreak().Split(Cut(t)).Select(line => line.Length == 0 ? ">" : "> " + line))));

    /// <summary>A text on one line: every run of white space or line breaks becomes one space (ZWNJ is not white space and stays).</summary>
    public static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    static string Cut(string t)
    {
        if (t.Length <= QuoteLimit) return t;
        var end = char.IsHighSurrogate(t[QuoteLimit - 1]) ? QuoteLimit - 1 : QuoteLimit;
        return t[..end] + "…";
    }

    /// <summary>Percent-encodes everything but A–Z a–z 0–9 - . _ ~ (as JavaScript's encodeURIComponent, which also leaves ! ' ( ) *; site.js encodes those too).</summary>
    public static string Escape(string text) => Uri.EscapeDataString(WellFormed(text));

    /// <summary>A lone surrogate (half a character) becomes U+FFFD, as String.prototype.toWellFormed does in the browser.</summary>
    static string WellFormed(string text)
    {
        StringBuilder? b = null;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (ok && b is null) continue;
            b ??= new StringBuilder(text, 0, i, text.Length);
            b.Append(ok ? c : '\uFFFD');
        }
        return b?.ToString() ?? text;
    }

    // The same classes as in site.js, spelled out: .NET's \s and JavaScript's \s differ (U+0085, U+FEFF).
    [GeneratedRegex("[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("\r\n|[\n\r\u2028\u2029\u0085]")]
    private static partial Regex LineBreak();
}
