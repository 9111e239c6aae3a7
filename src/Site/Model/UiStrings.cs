using Site.Corpus;
using Site.Project;

namespace Site.Model;

/// <summary>
/// The interface's words in one language, from theme/strings/&lt;lang&gt;.yml. Typed, so a missing or misspelled
/// key is an error at load time, not a blank on a page.
/// </summary>
public sealed record UiStrings
{
    public string Lang { get; init; } = "";
    public string Dir { get; init; } = "rtl";
    public string LanguageName { get; init; } = "";
    public string Home { get; init; } = "";
    public string Messages { get; init; } = "";
    public string Resolutions { get; init; } = "";
    public string Topics { get; init; } = "";
    public string About { get; init; } = "";
    public string Translations { get; init; } = "";
    public string Search { get; init; } = "";
    public string SkipToText { get; init; } = "";
    public string Message { get; init; } = "";
    public string Resolution { get; init; } = "";
    public string Sender { get; init; } = "";
    public string Unsigned { get; init; } = "";
    public string Group { get; init; } = "";
    public string Place { get; init; } = "";
    public string Date { get; init; } = "";
    public string Previous { get; init; } = "";
    public string Next { get; init; } = "";
    public string Pages { get; init; } = "";
    public string PageOf { get; init; } = "";
    public string RelatedResolutions { get; init; } = "";
    public string RelatedMessages { get; init; } = "";
    public string Provenance { get; init; } = "";
    public string ProvenanceText { get; init; } = "";
    public string ParagraphLink { get; init; } = "";
    public string NearlyRepeats { get; init; } = "";
    public string Proposed { get; init; } = "";
    public string CountMessages { get; init; } = "";
    public string CountResolutions { get; init; } = "";
    public string CountTopics { get; init; } = "";
    public string AllMessages { get; init; } = "";
    public string AllResolutions { get; init; } = "";
    public string AllTopics { get; init; } = "";
    public string WhatThisIs { get; init; } = "";
    public string NotFoundTitle { get; init; } = "";
    public string NotFoundText { get; init; } = "";
    public string Feed { get; init; } = "";
    public string ReadingMode { get; init; } = "";
    public string ModeOriginal { get; init; } = "";
    public string ModeSideBySide { get; init; } = "";
    public string ModeTranslation { get; init; } = "";
    public string TranslatedBy { get; init; } = "";
    public string StatusDraft { get; init; } = "";
    public string StatusReviewed { get; init; } = "";
    public string Stale { get; init; } = "";
    public string TranslationIn { get; init; } = "";
    public string Original { get; init; } = "";
    public string NoTranslationYet { get; init; } = "";
    public string HowToTranslate { get; init; } = "";
    public string Download { get; init; } = "";
    public string SearchNoScript { get; init; } = "";
    public string SearchPlaceholder { get; init; } = "";
    public string CollectionHolds { get; init; } = "";
    public string HelpTranslate { get; init; } = "";
    public string StaleCount { get; init; } = "";
    public string Found { get; init; } = "";
    public string SiteNavigation { get; init; } = "";
    public string Edition { get; init; } = "";
    public string Changes { get; init; } = "";
    public string ChangesIntro { get; init; } = "";
    public string ChangesNone { get; init; } = "";
    public string ChangesFeed { get; init; } = "";
    public string ChangeDocumentAdded { get; init; } = "";
    public string ChangeDocumentCorrected { get; init; } = "";
    public string ChangeTranslationAdded { get; init; } = "";
    public string ChangeTranslationReviewed { get; init; } = "";
    public string ChangeTranslationUpdated { get; init; } = "";
    public string CheckCopy { get; init; } = "";
    public string CheckCopyText { get; init; } = "";
    public string CheckLinux { get; init; } = "";
    public string CheckWindows { get; init; } = "";
    public string CheckAndroid { get; init; } = "";
    public string CheckSigned { get; init; } = "";
    public string FileSize { get; init; } = "";
    public string Mirrors { get; init; } = "";
    public string MirrorsText { get; init; } = "";
    public string OnionText { get; init; } = "";
    public string ZimFile { get; init; } = "";

    public static UiStrings Load(string themeDir, string lang)
    {
        var path = Path.Combine(themeDir, "strings", lang + ".yml");
        if (!File.Exists(path))
            throw new SiteError($"theme/strings/{lang}.yml", 0, $"there is no strings table for '{lang}'",
                $"Copy theme/strings/en.yml to theme/strings/{lang}.yml and translate its values.");
        var s = Yaml.Read<UiStrings>(File.ReadAllText(path), $"theme/strings/{lang}.yml");
        var empty = typeof(UiStrings).GetProperties().Where(p => p.PropertyType == typeof(string) && string.IsNullOrEmpty((string?)p.GetValue(s))).Select(p => p.Name).ToList();
        if (empty.Count > 0)
            throw new SiteError($"theme/strings/{lang}.yml", 1, "missing strings: " + string.Join(", ", empty), "Add each of them, translated, as in theme/strings/en.yml.");
        return s;
    }

    /// <summary>How settled a translation is, in this language.</summary>
    public string StatusOf(Site.Translations.TranslationStatus? status) => status == Site.Translations.TranslationStatus.Reviewed ? StatusReviewed : StatusDraft;

    /// <summary>What a change was, in this language.</summary>
    public string KindOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => ChangeDocumentAdded, ChangeKind.Corrected => ChangeDocumentCorrected,
        ChangeKind.Translated => ChangeTranslationAdded, ChangeKind.Reviewed => ChangeTranslationReviewed,
        _ => ChangeTranslationUpdated,
    };

    /// <summary>A string with {0}, {1} … filled in.</summary>
    public string Format(string template, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
