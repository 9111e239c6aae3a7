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
    /// <summary>
    /// The script the language is written in. "arabic": its readers read the Persian original's names, places and
    /// Jalali dates as they are written, so an edition shows them so; anything else: in Latin letters.
    /// </summary>
    public string Script { get; init; } = "latin";
    public bool ReadsPersianScript => Script == "arabic";
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
    /// <summary>The workbench's intro and improve note for a site built without a repository, where nothing can be proposed.</summary>
    public string WorkbenchIntroLocal { get; init; } = "";
    public string WorkbenchImproveLocal { get; init; } = "";
    public string SourceDocument { get; init; } = "";
    public string OnlyTranslated { get; init; } = "";
    public string SourceLink { get; init; } = "";
    public string SourceIntro { get; init; } = "";
    /// <summary><see cref="CollectionHolds"/> while no translation is reviewed ("0 of those translations are reviewed" read as a slip).</summary>
    public string CollectionDrafts { get; init; } = "";
    public string HelpTranslate { get; init; } = "";
    /// <summary>An edition's home once every document is translated into its language, and some translation is still a draft.</summary>
    public string HelpReview { get; init; } = "";
    /// <summary>An edition home's list of what is translated, while not everything is.</summary>
    public string TranslatedSoFar { get; init; } = "";
    public string TranslatedMore { get; init; } = "";
    public string StaleCount { get; init; } = "";
    /// <summary>The link from a translation that exists to the workbench that improves it.</summary>
    public string ImproveHere { get; init; } = "";
    /// <summary>The link under a paragraph whose original changed, to the workbench that shows the change above its box.</summary>
    public string UpdateHere { get; init; } = "";
    public string Found { get; init; } = "";
    public string SiteNavigation { get; init; } = "";
    /// <summary>The language switch's name (it is a navigation landmark).</summary>
    public string Languages { get; init; } = "";
    public string Persian { get; init; } = "";
    public string Months { get; init; } = "";
    public string NotTranslatedNotice { get; init; } = "";
    public string InviteTranslate { get; init; } = "";
    public string SearchOriginals { get; init; } = "";
    public string PersianSearch { get; init; } = "";
    public string AboutSources { get; init; } = "";
    public string AboutPermalinks { get; init; } = "";
    public string AboutDownloads { get; init; } = "";
    public string DownloadZip { get; init; } = "";
    public string DownloadEpub { get; init; } = "";
    /// <summary>The comma between items of a line, with its space ("، " in Persian and Arabic).</summary>
    public string Comma { get; init; } = "";
    public string AboutTranslating { get; init; } = "";
    public string ProjectTeam { get; init; } = "";
    public string ReadInEdition { get; init; } = "";
    // Reader tools: citing, reporting a problem, reading settings.
    public string CiteThisPage { get; init; } = "";
    /// <summary>A paragraph's citation line: {0} sender, {1} title, {2} ¶ number, {3} collection, {4} <see cref="EditionOf"/> or empty, {5} address.</summary>
    public string CiteParagraph { get; init; } = "";
    /// <summary>The whole document's citation: the same places as <see cref="CiteParagraph"/>, without {2}.</summary>
    public string CiteDocument { get; init; } = "";
    public string EditionOf { get; init; } = "";
    /// <summary>Who a resolution is cited as from.</summary>
    public string Congress { get; init; } = "";
    public string ParagraphTools { get; init; } = "";
    public string CopyLink { get; init; } = "";
    public string CopyCitation { get; init; } = "";
    public string Copied { get; init; } = "";
    public string CopyFailed { get; init; } = "";
    public string ReportProblem { get; init; } = "";
    public string ReportByEmail { get; init; } = "";
    public string ReportNote { get; init; } = "";
    /// <summary>A report's title: {0} document id, {1} where (¶ n or <see cref="WholePage"/>), {2} the document's title.</summary>
    public string ReportTitle { get; init; } = "";
    /// <summary>A report's body: {0} id, {1} where, {2} languages, {3} address, {4} the quoted text.</summary>
    public string ReportBody { get; init; } = "";
    public string WholePage { get; init; } = "";
    public string Close { get; init; } = "";
    public string ReadingSettings { get; init; } = "";
    public string TextSize { get; init; } = "";
    public string LineSpacing { get; init; } = "";
    public string SpacingNormal { get; init; } = "";
    public string SpacingWide { get; init; } = "";
    public string SpacingWider { get; init; } = "";
    public string Percent { get; init; } = "";
    // The translator's workbench (translate/<lang>/<id>.html) and what its checks say.
    public string TranslateHere { get; init; } = "";
    public string OpenPullRequests { get; init; } = "";
    public string Workbench { get; init; } = "";
    public string WorkbenchInto { get; init; } = "";
    public string WorkbenchIntro { get; init; } = "";
    public string WorkbenchImprove { get; init; } = "";
    public string WorkbenchNoscript { get; init; } = "";
    public string WorkbenchPathCommand { get; init; } = "";
    public string WorkbenchPathGithub { get; init; } = "";
    public string WorkbenchFields { get; init; } = "";
    public string WorkbenchTitle { get; init; } = "";
    public string WorkbenchSender { get; init; } = "";
    public string WorkbenchTranslators { get; init; } = "";
    public string WorkbenchStatus { get; init; } = "";
    public string WorkbenchParagraph { get; init; } = "";
    public string WorkbenchGlossary { get; init; } = "";
    public string WorkbenchChanged { get; init; } = "";
    public string WorkbenchPreview { get; init; } = "";
    public string WorkbenchFile { get; init; } = "";
    public string WorkbenchFilePath { get; init; } = "";
    public string WorkbenchDownload { get; init; } = "";
    public string WorkbenchCopy { get; init; } = "";
    public string WorkbenchPropose { get; init; } = "";
    public string WorkbenchStartOver { get; init; } = "";
    public string WorkbenchStartOverConfirm { get; init; } = "";
    public string WorkbenchCopied { get; init; } = "";
    public string WorkbenchProposeClipboard { get; init; } = "";
    public string WorkbenchProposeEdit { get; init; } = "";
    public string WorkbenchSaved { get; init; } = "";
    public string WorkbenchProgress { get; init; } = "";
    public string WorkbenchReady { get; init; } = "";
    public string RuleTitleMissing { get; init; } = "";
    public string RuleAuthorMissing { get; init; } = "";
    public string RuleTranslatorsMissing { get; init; } = "";
    public string RuleSlotCount { get; init; } = "";
    public string RuleSlotEmpty { get; init; } = "";
    public string RuleSlotSeveral { get; init; } = "";
    public string RuleLinkScheme { get; init; } = "";
    public string RuleRawHtml { get; init; } = "";
    public string RuleUnshowable { get; init; } = "";
    public string RuleSlotLinks { get; init; } = "";
    public string RuleGlossary { get; init; } = "";
    public string RuleSlotComment { get; init; } = "";
    public string RuleSlotBlock { get; init; } = "";
    public string RuleSlotStart { get; init; } = "";
    public string RuleSlotList { get; init; } = "";
    public string WorkbenchChangedUnknown { get; init; } = "";
    public string WorkbenchStillHolds { get; init; } = "";
    public string RuleStale { get; init; } = "";
    public string WorkbenchOpenGithub { get; init; } = "";
    public string WorkbenchProposeErrors { get; init; } = "";
    public string WorkbenchProposeNewer { get; init; } = "";
    public string WorkbenchProblemsAt { get; init; } = "";
    public string WorkbenchKept { get; init; } = "";
    public string RuleSlotOriginal { get; init; } = "";
    public string RuleSlotScript { get; init; } = "";
    public string RuleSlotPersianLetters { get; init; } = "";
    public string WorkbenchNewer { get; init; } = "";
    public string WorkbenchUsePublished { get; init; } = "";
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
        // A theme folder that is not there (a link to a folder moved away) is one error, not one per language.
        if (!Directory.Exists(themeDir))
            throw new SiteError("statiq.config", 1, $"the theme folder {themeDir} does not exist",
                "Restore it (git checkout -- theme), or point 'theme:' in statiq.config at the folder with Layout/, Pages/, strings/ and assets/.");
        if (!File.Exists(path))
            throw new SiteError($"theme/strings/{lang}.yml", 0, $"there is no strings table for '{lang}'",
                lang == "en" ? "Restore it from the repository (git checkout -- theme/strings/en.yml)." : $"Copy theme/strings/en.yml to theme/strings/{lang}.yml and translate its values.");
        var s = Yaml.Read<UiStrings>(ProjectFiles.ReadText(path, $"theme/strings/{lang}.yml"), $"theme/strings/{lang}.yml");
        var empty = typeof(UiStrings).GetProperties().Where(p => p.PropertyType == typeof(string) && string.IsNullOrEmpty((string?)p.GetValue(s))).Select(p => p.Name).ToList();
        if (empty.Count > 0)
        {
            var lines = File.ReadAllLines(path).Length;
            throw new SiteError([.. empty.Select(name => new Diagnostic($"theme/strings/{lang}.yml", lines + 1, $"the string '{SnakeCase(name)}' is missing",
                $"Add a line '{SnakeCase(name)}: …' with its text in this language, as in theme/strings/en.yml."))]);
        }
        return s;
    }

    /// <summary>
    /// The strings of every language in <paramref name="langs"/> (and Persian), each checked as a table a volunteer
    /// may have copied and translated: its <c>lang</c> is its file's, <c>dir</c> and <c>script</c> are values the
    /// site knows, and every placeholder ({0}, {1} …) is written whole and is one the Persian text has, so that
    /// no page fails to build on a string long after the file was merged. Every problem of every file is reported.
    /// </summary>
    public static Dictionary<string, UiStrings> LoadAll(string themeDir, IEnumerable<string> langs)
    {
        var all = langs.Prepend("fa").Distinct().ToDictionary(l => l, l => Load(themeDir, l));
        var problems = new List<Diagnostic>();
        var persian = Placeholders(all["fa"]);
        foreach (var (lang, table) in all)
        {
            var file = $"theme/strings/{lang}.yml";
            string[]? lines = null;   // read again only to name a line
            int LineOf(string key) => Math.Max(1, Array.FindIndex(lines ??= File.ReadAllLines(Path.Combine(themeDir, "strings", lang + ".yml")),
                l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 1);
            if (table.Lang != lang)
                problems.Add(new Diagnostic(file, LineOf("lang"), $"this file says 'lang: {table.Lang}', but it is the strings of '{lang}' (its name)",
                    $"Write 'lang: {lang}' (a table copied from another language keeps that language's code until it is changed)."));
            if (table.Dir is not ("ltr" or "rtl"))
                problems.Add(new Diagnostic(file, LineOf("dir"), $"'dir: {table.Dir}' is not a direction", "Write 'dir: ltr' for a language written left to right, 'dir: rtl' for one written right to left."));
            if (table.MonthNames.Length != 12 || table.MonthNames.Any(string.IsNullOrEmpty))
                problems.Add(new Diagnostic(file, LineOf("months"), "'months' does not name the twelve months",
                    "List the twelve Gregorian months' names in this language, January first, separated by commas (the dates of the pages use them)."));
            if (table.Script is not ("latin" or "arabic"))
                problems.Add(new Diagnostic(file, LineOf("script"), $"'script: {table.Script}' is not one the site knows",
                    "Write 'script: arabic' if this language's readers read Persian names as written, else 'script: latin'."));
            foreach (var (key, used) in lang == "fa" ? persian : Placeholders(table))
            {
                if (used is null)
                    problems.Add(new Diagnostic(file, LineOf(key), $"the string '{key}' has a brace that is not a placeholder such as {{0}}",
                        "Keep each placeholder exactly as the English table writes it ({0}, {1} …); to show a brace itself, write it twice ({{ or }})."));
                else if (persian[key] is { } known && used.Except(known).ToList() is [_, ..] extra)
                    problems.Add(new Diagnostic(file, LineOf(key), $"the string '{key}' uses {string.Join(", ", extra.Select(n => $"{{{n}}}"))}, which the site gives it no value for",
                        $"Use only {(known.Count == 0 ? "no placeholder" : string.Join(", ", known.Order().Select(n => $"{{{n}}}")))} here, as theme/strings/en.yml and fa.yml do."));
            }
        }
        return problems.Count > 0 ? throw new SiteError(problems) : all;
    }

    /// <summary>The placeholder numbers each string uses, by its key in the file; null for a string whose braces do not read as placeholders.</summary>
    static Dictionary<string, HashSet<int>?> Placeholders(UiStrings table)
    {
        var found = new Dictionary<string, HashSet<int>?>();
        var many = Enumerable.Range(0, 32).Select(i => (object)i).ToArray();
        foreach (var p in typeof(UiStrings).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
        {
            var value = (string?)p.GetValue(table) ?? "";
            HashSet<int>? used = [];
            try
            {
                _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, value, many);
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(value.Replace("{{", "").Replace("}}", ""), @"\{(\d+)"))
                    used.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (FormatException) { used = null; }
            found[SnakeCase(p.Name)] = used;
        }
        return found;
    }

    static string SnakeCase(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>A translator as the page names them: the shared name "project team" in this language.</summary>
    public string Translator(string name) => name == "project team" ? ProjectTeam : name;

    /// <summary><see cref="Months"/> one by one (separated by Latin or Arabic commas), January first.</summary>
    string[] MonthNames => Months.Split([',', '،'], StringSplitOptions.TrimEntries);

    /// <summary>"10 November 2021" in this language's month names (a Gregorian date).</summary>
    public string GregorianDate(DateOnly d)
    {
        var months = MonthNames;
        var month = months.Length == 12 ? months[d.Month - 1] : d.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return $"{d.Day} {month} {d.Year}";
    }

    /// <summary>
    /// The Gregorian months a Jalali month spans, in this language ("October–November 2021", "December 2021–January
    /// 2022"): a Jalali month starts near the 21st of a Gregorian one, so it always spans two.
    /// </summary>
    public string GregorianSpan(DateOnly first, DateOnly last)
    {
        var months = MonthNames;
        string Month(DateOnly d) => months.Length == 12 ? months[d.Month - 1] : d.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return first.Year == last.Year ? $"{Month(first)}–{Month(last)} {last.Year}" : $"{Month(first)} {first.Year}–{Month(last)} {last.Year}";
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
