using System.Globalization;
using Site.Corpus;
using Site.Model;

namespace Site.Render;

/// <summary>What the reader tools (cite, report a problem) need to know about a document page, in the page's language.</summary>
public static class ReaderTools
{
    /// <summary>How the document is cited on this page: sender, title, collection and edition in the page's language.</summary>
    public static Citation CitationOf(PageContext ctx, RenderedDocument d)
    {
        var doc = d.Doc;
        var tr = ctx.IsPersian ? null : ctx.Site.TranslationsOf(doc.Id).FirstOrDefault(t => t.Lang == ctx.Lang);
        var sender = doc switch
        {
            Message { AuthorKind: AuthorKind.Unsigned } or Message { Author: null or "" } => ctx.S.Unsigned,
            Message m => tr?.Meta.Author is { Length: > 0 } a ? a : m.Author!,
            _ => ctx.S.Congress,
        };
        var title = tr?.Meta.Title is { Length: > 0 } t ? t : doc.Title;
        var collection = ctx.Site.Config.Title.In(ctx.Lang);
        return new Citation(sender, title, collection, EditionOf(ctx), ctx.Absolute(ctx.Path) ?? ctx.Path)
        {
            // Marked so, a screen reader reads them with a Persian voice on an edition's page.
            SenderIsPersian = !ctx.IsPersian && doc is Message { AuthorKind: not AuthorKind.Unsigned, Author: { Length: > 0 } } && tr?.Meta.Author is not { Length: > 0 },
            TitleIsPersian = !ctx.IsPersian && tr?.Meta.Title is not { Length: > 0 },
        };
    }

    /// <summary>", edition of 6 December 2026" in the page's language (Jalali first in Persian), or empty without an edition.</summary>
    public static string EditionOf(PageContext ctx)
    {
        if (ctx.Site.Edition?.Day is not { } date) return "";
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var jalali = new PersianCalendar();
        var at = date.ToDateTime(TimeOnly.MinValue);
        var d = new DateInfo { Written = iso, Iso = iso, Jalali = $"{jalali.GetYear(at):D4}-{jalali.GetMonth(at):D2}-{jalali.GetDayOfMonth(at):D2}" };
        return ctx.S.Format(ctx.S.EditionOf, ctx.IsPersian ? $"{Display.Jalali(d)} ({Display.Gregorian(d)})" : ctx.S.GregorianDate(date));
    }

    /// <summary>The digits a page writes numbers in, for the script (empty: Latin digits).</summary>
    public static string DigitsOf(PageContext ctx) => ctx.IsPersian ? "۰۱۲۳۴۵۶۷۸۹" : "";
}
