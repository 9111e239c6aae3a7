using Site.Corpus;

namespace Site.Project;

/// <summary>A setting written once per language (fa, and each translation language): `title: {fa: …, en: …}`.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.Ordinal) { }
    public string Fa => In("fa");
    public string En => In("en");
    /// <summary>The text in <paramref name="lang"/>; empty when the config has none (Load makes that an error for a configured language).</summary>
    public string In(string lang) => TryGetValue(lang, out var t) ? t : "";
}

public sealed record SourcesConfig
{
    public string Messages { get; init; } = "";
    public string Resolutions { get; init; } = "";
}

/// <summary>The edition a copy was built from, for builds outside a git checkout (e.g. from a source archive).</summary>
public sealed record EditionConfig
{
    /// <summary>The date of the last change to input/, as YYYY-MM-DD.</summary>
    public string? Date { get; init; }
    /// <summary>Its short commit.</summary>
    public string? Commit { get; init; }
}

/// <summary>Other places the site is published: web addresses, and an optional .onion address (Tor).</summary>
public sealed record MirrorsConfig
{
    public List<string> Addresses { get; init; } = [];
    public string? Onion { get; init; }
}

/// <summary>statiq.config: the site's settings (YAML).</summary>
public sealed record SiteConfig
{
    public LocalizedText Title { get; init; } = new();
    public LocalizedText Description { get; init; } = new();
    /// <summary>Languages translations may be written in (the original is Persian).</summary>
    public List<string> Translations { get; init; } = ["en"];
    public string Input { get; init; } = "input";
    public string Output { get; init; } = "output";
    public string Theme { get; init; } = "theme";
    /// <summary>Where the site is published, e.g. https://example.org/congress12/; optional. Only canonical URLs, Open Graph and the feeds use it.</summary>
    public string? BaseUrl { get; init; }
    public SourcesConfig Sources { get; init; } = new();
    /// <summary>How many entries a list page (all messages, a topic) shows before it continues on a next page.</summary>
    public int PageSize { get; init; } = 200;
    /// <summary>The GitHub repository the site's source lives in, "owner/name"; optional. The workbench proposes translations there.</summary>
    public string? Repository { get; init; }
    /// <summary>An address readers may write to about a problem in a text (a mailto: link beside the GitHub one); optional.</summary>
    public string? ContactEmail { get; init; }
    /// <summary>The branch translations are proposed against.</summary>
    public string Branch { get; init; } = "main";
    /// <summary>The edition when the build does not run in a git checkout.</summary>
    public EditionConfig Edition { get; init; } = new();
    public MirrorsConfig Mirrors { get; init; } = new();

    /// <summary>The project folder: the one holding statiq.config.</summary>
    public string Root { get; init; } = ".";

    public string InputDir => Path.Combine(Root, Input);
    public string OutputDir => Path.IsPathRooted(Output) ? Output : Path.Combine(Root, Output);
    public string ThemeDir => Path.Combine(Root, Theme);
    public string SourcesDir => Path.Combine(InputDir, "sources");

    public const string FileName = "statiq.config";

    /// <summary>The published address of a site path, when base_url is set (canonical links, feeds, sitemap).</summary>
    public string? AbsoluteUrl(string path) => BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" + path : null;

    /// <summary>The path of <see cref="BaseUrl"/> on its host, e.g. "/congress12/"; null without a base_url.</summary>
    public string? BasePath => BaseUrl is { Length: > 0 } b && Uri.TryCreate(b, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') + "/" : null;

    /// <summary>The same settings published at <paramref name="baseUrl"/> (the build's --base-url), checked like base_url.</summary>
    public SiteConfig PublishedAt(string baseUrl, string shownAs = "--base-url") => Checked(this with { BaseUrl = baseUrl }, shownAs);

    static SiteConfig Checked(SiteConfig config, string shownAs)
    {
        if (config.BaseUrl is { Length: > 0 } b
            && !(Uri.TryCreate(b, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && string.IsNullOrEmpty(u.Query) && string.IsNullOrEmpty(u.Fragment)
                 // As written, it is the start of every canonical link, feed entry and sitemap address: no space or quote in it.
                 && !b.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`')))
            throw new SiteError(shownAs == "base_url" ? FileName : shownAs, shownAs == "base_url" ? 1 : 0, $"{shownAs} '{b}' is not the address of a web site",
                "Give the full address the site is published at, e.g. https://example.org/congress12/ (or leave it empty).");
        return config;
    }

    /// <summary>The line of a top-level key in this project's statiq.config (1 when it is not there).</summary>
    public int LineOfKey(string key) => File.Exists(Path.Combine(Root, FileName)) ? LineOfKey(Root, key) : 1;

    /// <summary>The line of a top-level key in statiq.config (1 when it is not there).</summary>
    static int LineOfKey(string root, string key)
    {
        var lines = File.ReadAllLines(Path.Combine(root, FileName));
        var i = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return i < 0 ? 1 : i + 1;
    }

    static bool IsWebAddress(string s, out Uri uri) => Uri.TryCreate(s, UriKind.Absolute, out uri!) && uri.Scheme is "http" or "https";

    static int LineOf(string path, string value) => Math.Max(1, Array.FindIndex(File.ReadAllLines(path), l => l.Contains(value, StringComparison.Ordinal)) + 1);

    public static SiteConfig Load(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
            throw new SiteError(FileName, 0, $"no {FileName} in {Path.GetFullPath(root)}", "Run the command from the project's folder, or pass --root.");
        // A pipe would hold the reader forever; a link could be anything: the settings are a file of the project.
        if (Posix.KindOf(path) is not Posix.EntryKind.File)
            throw new SiteError(FileName, 0, "is not a regular file (a link, a pipe or a device)", $"Put the settings in a plain file named {FileName}: 'git checkout -- {FileName}' restores it.");
        var config = Yaml.Read<SiteConfig>(ProjectFiles.ReadText(path, FileName), FileName);
        // A key with nothing after it ('output:') is YAML's null, which takes the place of the default.
        var defaults = new SiteConfig();
        foreach (var (key, value, fallback) in new[] { ("input", config.Input, defaults.Input), ("output", config.Output, defaults.Output), ("theme", config.Theme, defaults.Theme) })
            if (string.IsNullOrWhiteSpace(value))
                throw new SiteError(FileName, LineOfKey(root, key), $"'{key}' is empty", $"Name the folder, e.g. '{key}: {fallback}', or remove the line (the folder is then '{fallback}').");
        foreach (var (key, missing, example) in new[] { ("translations", config.Translations is null, "translations: [en]"), ("title", config.Title is null, "title:\n  fa: …"),
            ("description", config.Description is null, "description:\n  fa: …"), ("sources", config.Sources is null, "sources:\n  messages: …"),
            ("edition", config.Edition is null, "edition:\n  date: 2026-01-01"), ("mirrors", config.Mirrors is null, "mirrors:\n  addresses: []") })
            if (missing)
                throw new SiteError(FileName, LineOfKey(root, key), $"'{key}' is empty", $"Give it its values ({example.Replace("\n", " ")}), or remove the line.");
        foreach (var lang in config.Translations.Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, "^[a-z]{2,3}$")))
            throw new SiteError(FileName, LineOfKey(root, "translations"), $"'{lang}' is not a language code", "List translation languages as two-letter codes, e.g. [en, de].");
        if (config.Translations.Contains("fa"))
            throw new SiteError(FileName, LineOfKey(root, "translations"), "'fa' is among the translation languages, but it is the originals' language",
                "Remove 'fa' from 'translations:': the Persian site is there without it.");
        foreach (var twice in config.Translations.GroupBy(l => l).Where(g => g.Count() > 1))
            throw new SiteError(FileName, LineOfKey(root, "translations"), $"'{twice.Key}' is listed twice in 'translations:'", "List each language once.");
        foreach (var lang in config.Translations.Prepend("fa"))
            foreach (var (field, text) in new[] { ("title", config.Title), ("description", config.Description) })
                if (string.IsNullOrWhiteSpace(text.In(lang)))
                    throw new SiteError(FileName, LineOfKey(root, field), $"{field} has no '{lang}' text, and the {lang} edition needs one",
                        $"Add '  {lang}: …' under '{field}:', the site's {field} in that language.");
        Checked(config, "base_url");
        // In GitHub Actions the workflow knows its repository: a fork that publishes its own site proposes to itself.
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" && Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } fromActions)
            config = config with { Repository = fromActions };
        if (config.Repository is { Length: > 0 } repo && !System.Text.RegularExpressions.Regex.IsMatch(repo, @"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"))
            throw new SiteError(FileName, LineOfKey(root, "repository"), $"repository '{repo}' is not a GitHub repository's name", "Write it as owner/name, e.g. 'repository: wpiran/congress12', or leave it empty.");
        // The address goes into a mailto: link as it is: only the characters an ordinary address has.
        if (config.ContactEmail is { Length: > 0 } mail && !System.Text.RegularExpressions.Regex.IsMatch(mail, @"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"))
            throw new SiteError(FileName, LineOfKey(root, "contact_email"), $"contact_email '{mail}' is not an e-mail address", "Write one address, e.g. 'contact_email: corrections@example.org', or leave it empty.");
        if (string.IsNullOrWhiteSpace(config.Branch) || config.Branch.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '~' or '^' or ':'))
            throw new SiteError(FileName, LineOfKey(root, "branch"), $"branch '{config.Branch}' is not a branch name", "Write the branch translations are proposed against, e.g. 'branch: main'.");
        if (config.PageSize < 1)
            throw new SiteError(FileName, LineOfKey(root, "page_size"), $"page_size is {config.PageSize}", "Set page_size to the number of entries a list page shows, e.g. 200.");
        foreach (var m in config.Mirrors.Addresses.Where(m => !IsWebAddress(m, out _)))
            throw new SiteError(FileName, LineOf(path, m), $"mirror '{m}' is not the address of a web site", "List each mirror as its full address, e.g. https://mirror.example.org/congress12/.");
        if (config.Mirrors.Onion is { Length: > 0 } onion && !(IsWebAddress(onion, out var ou) && ou.Host.EndsWith(".onion", StringComparison.Ordinal)))
            throw new SiteError(FileName, LineOf(path, onion), $"onion '{onion}' is not a .onion address", "Give the onion site's full address, e.g. http://abcdefghij….onion/ (or leave it out).");
        if (config.Edition.Date is { Length: > 0 } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
            throw new SiteError(FileName, LineOf(path, date), $"edition date '{date}' is not a date", "Write the date of the last change to input/ as YYYY-MM-DD.");
        return config with { Root = root };
    }
}
