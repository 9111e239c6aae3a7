using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Site.Corpus;
using Site.Model;
using Site.Project;
using Site.Render;

namespace Site.Output;

/// <summary>
/// Stage: the theme's CSS and script, the reading-mode rules for each translation language, and the Vazirmatn
/// font from the npm package (installed with `npm ci` when node_modules is missing; never fetched from elsewhere),
/// cut to the characters the site uses (<see cref="Fonts"/>).
/// </summary>
public static partial class CopyAssets
{
    public const string FontPackageFile = Fonts.FontPackageFile;

    public static IEnumerable<OutputFile> Run(Model.SiteModel site, Fonts.Subset fonts) => Theme(site.Config).Concat(WorkbenchStrings(site)).Concat(FontFiles(site.Config, fonts));

    /// <summary>The theme's stylesheets and scripts, minified: they do not depend on the pages (the font does).</summary>
    public static IEnumerable<OutputFile> Theme(SiteConfig config)
    {
        var assets = Path.Combine(config.ThemeDir, "assets");
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = "assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
            var bytes = ReadAsset(file, config.Root);
            if (rel.EndsWith(".css", StringComparison.Ordinal) && ElsewhereIn(Encoding.UTF8.GetString(bytes)) is var (line, address))
                throw new SiteError(Path.GetRelativePath(config.Root, file).Replace('\\', '/'), line, $"the stylesheet loads {address} from another site: every page would ask that site for it (a reader behind filtering waits, and the site learns who reads)",
                    "Put the file in theme/assets (a font from an npm package is copied there by the build) and refer to it by a relative address, e.g. url(fonts/x.woff2).");
            if (rel == Urls.Css) bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes) + ModeRules(config.Translations));
            yield return new OutputFile(rel, Minified(config.Root, rel, bytes, Path.GetRelativePath(config.Root, file).Replace('\\', '/')));
        }
        // The workbench's service worker stands in translate/ (a worker's scope is its own folder and below), with the
        // addresses of what it keeps written in.
        var worker = Path.Combine(config.ThemeDir, "workers", "translate-offline.js");
        if (File.Exists(worker))
        {
            var kept = "[" + string.Join(", ", Urls.WorkbenchAssets.Concat(config.Translations.Select(Urls.WorkbenchStrings)).Select(a => "\"" + a + "\"")) + "]";
            var text = Encoding.UTF8.GetString(ReadAsset(worker, config.Root)).Replace("/*ASSETS*/[]", kept, StringComparison.Ordinal);
            yield return new OutputFile(Urls.WorkbenchWorker, Minified(config.Root, Urls.WorkbenchWorker, Encoding.UTF8.GetBytes(text), Path.GetRelativePath(config.Root, worker).Replace('\\', '/')));
        }
    }

    /// <summary>
    /// The first address in a stylesheet's url(…) or @import that leads to another site (a scheme other than data:, or
    /// //host), with its line; comments are skipped.
    /// </summary>
    public static (int Line, string Address)? ElsewhereIn(string css)
    {
        var text = CssComment().Replace(css, m => new string('\n', m.Value.Count(c => c == '\n')));
        foreach (Match m in CssAddress().Matches(text))
        {
            var address = (m.Groups["u"].Success ? m.Groups["u"] : m.Groups["i"]).Value.Trim().Trim('"', '\'').Trim();
            if (address.StartsWith("//", StringComparison.Ordinal) || address.StartsWith("\\\\", StringComparison.Ordinal)
                || SchemeOf().Match(address) is { Success: true } scheme && !scheme.Value.Equals("data:", StringComparison.OrdinalIgnoreCase))
                return (1 + text.AsSpan(0, m.Index).Count('\n'), address);
        }
        return null;
    }

    [GeneratedRegex(@"/\*[\s\S]*?(\*/|$)")]
    private static partial Regex CssComment();
    [GeneratedRegex(@"url\(\s*(?<u>""[^""]*""|'[^']*'|[^)]*)\)|@import\s+(?<i>""[^""]*""|'[^']*')", RegexOptions.IgnoreCase)]
    private static partial Regex CssAddress();
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex SchemeOf();

    /// <summary>The workbench's messages, a script per translation language (<see cref="Model.Workbench.StringsScript"/>).</summary>
    public static IEnumerable<OutputFile> WorkbenchStrings(Model.SiteModel site) =>
        site.Config.Translations.Select(lang => OutputFile.Text(Urls.WorkbenchStrings(lang), Model.Workbench.StringsScript(site, lang)));

    static IEnumerable<OutputFile> FontFiles(SiteConfig config, Fonts.Subset fonts)
    {
        yield return new OutputFile(Urls.FontPersian, fonts.Persian);
        yield return new OutputFile(Urls.FontLatin, fonts.Latin);
        var license = Path.Combine(config.Root, "node_modules/vazirmatn/OFL.txt");
        if (File.Exists(license)) yield return new OutputFile(Urls.FontLicense, File.ReadAllBytes(license));
    }

    /// <summary>
    /// Stylesheets and scripts without their comments and spaces (NUglify): readers on slow links download every byte
    /// of them before the first page is whole, and the theme keeps its comments for those who read it. Scripts keep
    /// every character outside ASCII escaped, so they read the same whatever encoding a host or file:// assumes.
    /// </summary>
    public static byte[] Minify(string rel, byte[] bytes, string source)
    {
        var isCss = rel.EndsWith(".css", StringComparison.Ordinal);
        if (!isCss && !rel.EndsWith(".js", StringComparison.Ordinal)) return bytes;
        var text = Encoding.UTF8.GetString(bytes);
        var result = isCss ? NUglify.Uglify.Css(text) : NUglify.Uglify.Js(text, new NUglify.JavaScript.CodeSettings { PreserveImportantComments = false, AlwaysEscapeNonAscii = true });
        if (result.Errors.FirstOrDefault(e => e.IsError) is { } e)
            throw new SiteError(source, e.StartLine, "cannot be read as " + (isCss ? "CSS" : "JavaScript") + ": " + e.Message, "Correct the " + (isCss ? "rule" : "statement") + " at that line, then build again.");
        return Encoding.UTF8.GetBytes(result.Code);
    }

    /// <summary>
    /// <see cref="Minify"/>, kept from the last build by content (node_modules/.cache/site-assets): minifying the theme
    /// was some 12 ms of every build and of every save in the preview that touches an asset, for the same bytes each
    /// time. A kept file carries the SHA-256 of what it holds and is used only when that matches; a cache that cannot
    /// be read or written only costs the minifying.
    /// </summary>
    public static byte[] Minified(string root, string rel, byte[] bytes, string source)
    {
        if (!rel.EndsWith(".css", StringComparison.Ordinal) && !rel.EndsWith(".js", StringComparison.Ordinal)) return bytes;
        var key = Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(rel + "\0" + NUglifyVersion + "\0"), .. bytes]));
        var kept = Path.Combine(NodePackages.Cache(root, "site-assets"), key);
        try
        {
            if (File.Exists(kept) && File.ReadAllBytes(kept) is { Length: >= 32 } file && SHA256.HashData(file.AsSpan(32)).AsSpan().SequenceEqual(file.AsSpan(0, 32)))
                return file[32..];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        var minified = Minify(rel, bytes, source);
        // Written beside and renamed into place: builds that share node_modules (the tests) may write it at once.
        try { OutputFolder.ReplaceInto(Path.GetDirectoryName(kept)!, new OutputFile(key, [.. SHA256.HashData(minified), .. minified])); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return minified;
    }

    static readonly string NUglifyVersion = typeof(NUglify.Uglify).Assembly.GetName().Version?.ToString() ?? "";

    static byte[] ReadAsset(string file, string root)
    {
        try { return File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteError(Path.GetRelativePath(root, file), 0, "cannot be read (" + e.Message + ")", "Check the file's permissions (e.g. 'chmod u+r'), or restore it from the repository.");
        }
    }

    /// <summary>
    /// Reading modes without JavaScript: radio buttons (checked by the reader) and fragment targets (#side-en, for
    /// links from elsewhere) come before the text as siblings, so CSS can show the translation beside, instead of, or
    /// not at all. A checked radio wins over a fragment.
    /// </summary>
    public static string ModeRules(IEnumerable<string> langs)
    {
        var sb = new StringBuilder("\n/* Reading modes, one block per translation language (written by the build). */\n");
        foreach (var l in langs)
        {
            sb.Append($$"""
                #m-side-{{l}}:checked ~ .text .tr-{{l}}, #side-{{l}}:target ~ .text .tr-{{l}},
                #m-only-{{l}}:checked ~ .text .tr-{{l}}, #only-{{l}}:target ~ .text .tr-{{l}},
                #m-side-{{l}}:checked ~ .tr-{{l}}, #side-{{l}}:target ~ .tr-{{l}},
                #m-only-{{l}}:checked ~ .tr-{{l}}, #only-{{l}}:target ~ .tr-{{l}} { display: block; }
                #m-side-{{l}}:checked ~ .text .row, #side-{{l}}:target ~ .text .row { display: grid; }
                #m-only-{{l}}:checked ~ .text .orig, #only-{{l}}:target ~ .text .orig { display: none; }
                #m-side-{{l}}:checked ~ .modes [for=m-side-{{l}}], #m-only-{{l}}:checked ~ .modes [for=m-only-{{l}}],
                #side-{{l}}:target ~ .modes [for=m-side-{{l}}], #only-{{l}}:target ~ .modes [for=m-only-{{l}}] { background: var(--accent); color: var(--on-accent); }
                #m-side-{{l}}:focus-visible ~ .modes [for=m-side-{{l}}], #m-only-{{l}}:focus-visible ~ .modes [for=m-only-{{l}}] { outline: 3px solid var(--focus); }

                """);
        }
        sb.Append("""
            .doc > #m-original:checked ~ .text .tr, .doc > #m-original:checked ~ .tr { display: none; }
            .doc > #m-original:checked ~ .text .orig { display: block; }
            .doc > #m-original:checked ~ .text .row { display: block; }
            .doc > #m-original:checked ~ .modes [for=m-original] { background: var(--accent); color: var(--on-accent); }
            .doc > #m-original:focus-visible ~ .modes [for=m-original] { outline: 3px solid var(--focus); }

            """);
        return sb.ToString();
    }
}
