using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Model;

/// <summary>A document added or corrected; a translation added (translated), reviewed or updated. One word each, as every enum the YAML reader knows.</summary>
public enum ChangeKind { Added, Corrected, Translated, Reviewed, Updated }

/// <summary>One change a reader of an older copy may want to know of: on a date, to a document or one of its translations.</summary>
public sealed record Change(string Date, string Commit, ChangeKind Kind, RenderedDocument Doc, string? Lang)
{
    public bool IsTranslation => Lang is not null;

    /// <summary>
    /// Where the change is read, from the changes page or feed of <paramref name="edition"/>: in Persian, the original
    /// with the changed translation beside it; in an edition, the edition's own page (which lists only its own
    /// language's changes and the originals'), so an English reader stays in English.
    /// </summary>
    public string Target(string edition) =>
        edition == "fa" ? Doc.Url + (Lang is { } l ? "#side-" + l : "") : Urls.Of(Doc.Doc, edition);
}

/// <summary>The recent changes to the documents and translations, from git's history of input/ (none outside a checkout).</summary>
public static class Changes
{
    /// <summary>How many commits back the page looks, and how many changes it lists at most.</summary>
    public const int Commits = 400, Listed = 300;

    public static IReadOnlyList<Change> Read(SiteConfig config, SiteModel site)
    {
        var input = config.Input.TrimEnd('/') + "/";
        var history = Git.Changes(config.Root, Commits, input + Message.Folder, input + Resolution.Folder, input + "translations");
        // Outside a checkout there is no history: the look-ups below are not worth making (the preview asks at every save).
        if (history.Count == 0) return [];
        var byFile = site.Documents.ToDictionary(d => Path.GetFileName(d.Doc.Path), StringComparer.Ordinal);
        var bySlug = site.Documents.ToDictionary(d => (d.Doc.Section, d.Doc.Slug));
        var list = new List<Change>();
        var seen = new HashSet<(string, ChangeKind, string, string?)>();
        foreach (var c in history)
        {
            if (c.Status == 'D' || !c.Path.StartsWith(input, StringComparison.Ordinal) || !c.Path.EndsWith(".md", StringComparison.Ordinal)) continue;
            var parts = c.Path[input.Length..].Split('/');
            RenderedDocument? doc; string? lang = null; ChangeKind kind;
            if (parts is ["translations", var l, var section, var file])
            {
                lang = l;
                doc = bySlug.GetValueOrDefault((section, Path.GetFileNameWithoutExtension(file)));
                kind = c.Status == 'A' ? ChangeKind.Translated : c.BecameReviewed ? ChangeKind.Reviewed : ChangeKind.Updated;
            }
            else if (parts is [_, var file2])
            {
                doc = byFile.GetValueOrDefault(file2);
                kind = c.Status == 'A' ? ChangeKind.Added : ChangeKind.Corrected;
            }
            else continue;
            if (doc is null || (lang is not null && !config.Translations.Contains(lang))) continue;
            // A translation withdrawn since (deleted, or not read this build): its page and panel are gone, and so is
            // what its changes would lead to.
            if (lang is not null && !site.TranslationsOf(doc.Doc.Id).Any(t => t.Lang == lang)) continue;
            // One line per document, kind and day, however many commits that day touched it.
            if (seen.Add((c.Date, kind, doc.Doc.Id, lang))) list.Add(new Change(c.Date, c.Commit, kind, doc, lang));
            if (list.Count == Listed) break;
        }
        return list;
    }
}
