using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Site.Model;
using Site.Project;

namespace Site.Output;

/// <summary>
/// The Vazirmatn font, cut at build time to the characters the site uses (npm package subset-font, HarfBuzz) in two
/// faces: Persian and everything that is not a Latin letter, which every page needs and Persian pages preload; and
/// the Latin letters, which the stylesheet's unicode-range lets a browser fetch only where Latin text shows. The
/// Persian EPUB embeds one face with both. Subsets are kept in node_modules/.cache by content hash: the same
/// characters give the same bytes without running Node again.
/// </summary>
public static class Fonts
{
    public const string FontPackageFile = "node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2";
    const string SubsetPackageFile = "node_modules/subset-font/index.js";

    /// <summary>What the Latin face covers; the stylesheet's unicode-range for it says the same.</summary>
    public static bool IsLatinLetter(int cp) => cp is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0xC0 and <= 0x24F or >= 0x1E00 and <= 0x1EFF;

    /// <summary>Characters no font draws (controls, joiners, direction marks): never reported missing.</summary>
    public static bool IsInvisible(int cp) => cp < 0x20 || cp == 0x7F || cp is >= 0x80 and < 0xA0
        || (cp <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)cp) == UnicodeCategory.Format);

    /// <summary>The faces: (site path, bytes) for the site, the EPUB's face, and the characters the font lacks.</summary>
    public sealed record Subset(byte[] Persian, byte[] Latin, byte[] Book, IReadOnlyList<int> Missing);

    /// <summary>
    /// Characters the pages may show besides what they contain when the font is cut: all of printable ASCII (the
    /// about page is laid out again after the downloads, with sizes and checksums), and every character of the
    /// interface's strings and of the theme's stylesheet and scripts (generated content, search messages).
    /// </summary>
    public static IEnumerable<int> Always(SiteConfig config)
    {
        for (var c = 0x20; c < 0x7F; c++) yield return c;
        for (var c = 0x6F0; c <= 0x6F9; c++) yield return c;
        var files = Directory.EnumerateFiles(Path.Combine(config.ThemeDir, "strings"), "*.yml")
            .Concat(Directory.EnumerateFiles(Path.Combine(config.ThemeDir, "assets"), "*.*").Where(f => f.EndsWith(".css") || f.EndsWith(".js")));
        foreach (var f in files.Order(StringComparer.Ordinal))
            foreach (var r in File.ReadAllText(f).EnumerateRunes()) yield return r.Value;
    }

    public static Subset Make(SiteConfig config, IEnumerable<int> used)
    {
        var all = used.Concat(Always(config)).Where(cp => !IsInvisible(cp) || cp is 0x200C or 0x200D).Distinct().Order().ToList();
        var latin = UsedCharacters.Text(all.Where(IsLatinLetter));
        var persian = UsedCharacters.Text(all.Where(cp => !IsLatinLetter(cp)));
        var book = UsedCharacters.Text(all);
        var font = NodePackages.Ensure(config.Root, FontPackageFile);
        var subsetLib = NodePackages.Ensure(config.Root, SubsetPackageFile);
        var script = ReadScript();

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(script + "\0" + book + "\0" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(font)))))).ToLowerInvariant();
        var cache = Path.Combine(NodePackages.Cache(config.Root, "site-fonts"), key);
        string[] names = ["fa.woff2", "latin.woff2", "book.woff2", "missing.json"];
        Subset From(string folder)
        {
            var missing = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, names[3]))).RootElement.EnumerateArray()
                .Select(e => char.ConvertToUtf32(e.GetString()!, 0)).Where(cp => !IsInvisible(cp)).ToList();
            return new Subset(File.ReadAllBytes(Path.Combine(folder, names[0])), File.ReadAllBytes(Path.Combine(folder, names[1])), File.ReadAllBytes(Path.Combine(folder, names[2])), missing);
        }
        if (names.All(n => File.Exists(Path.Combine(cache, n)))) return From(cache);
        var work = ProjectFiles.NewTempFolder("site-fonts");
        try
        {
            File.WriteAllText(Path.Combine(work, "font-subset.mjs"), script);
            File.WriteAllBytes(Path.Combine(work, "job.json"), Job(Path.GetFullPath(subsetLib), Path.GetFullPath(font), book,
                [(Path.Combine(work, names[0]), persian), (Path.Combine(work, names[1]), latin), (Path.Combine(work, names[2]), book)]));
            var run = ChildProcess.RunCapturing("node", [Path.Combine(work, "font-subset.mjs"), Path.Combine(work, "job.json")])
                ?? throw new SiteError(FontPackageFile, 0, "Node.js is not installed, and the font is cut to the site's characters with it", "Install Node.js (with npm), then build again.");
            if (run.ExitCode != 0) throw new SiteError(FontPackageFile, 0, "the font could not be cut to the site's characters: " + run.Errors, "Run 'npm ci' and build again; if it persists, report the message.");
            File.WriteAllText(Path.Combine(work, names[3]), run.Output);
            var subset = From(work);
            // Several builds (the tests) may share the cache: each writes its own folder and moves it in whole. A cache
            // that cannot be written (node_modules owned by another user, read-only) only costs the cutting next time.
            var staged = cache + "." + Guid.NewGuid().ToString("N");
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
                Directory.CreateDirectory(staged);
                foreach (var n in names) File.Copy(Path.Combine(work, n), Path.Combine(staged, n));
                if (Directory.Exists(cache)) Directory.Delete(cache, true);
                Directory.Move(staged, cache);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try { if (Directory.Exists(staged)) Directory.Delete(staged, true); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
            }
            return subset;
        }
        finally { Directory.Delete(work, true); }
    }

    /// <summary>A warning for each character the font lacks, at the first input or theme file and line that has it.</summary>
    public static IEnumerable<Diagnostic> MissingGlyphs(SiteConfig config, IReadOnlyList<int> missing)
    {
        if (missing.Count == 0) yield break;
        var files = new[] { config.InputDir, config.ThemeDir }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)).Where(f => f.EndsWith(".md") || f.EndsWith(".yml") || f.EndsWith(".razor") || f.EndsWith(".css") || f.EndsWith(".js"))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var cp in missing)
        {
            var ch = char.ConvertFromUtf32(cp);
            var (file, line) = files.Select(f => (f, Array.FindIndex(File.ReadAllLines(f), l => l.Contains(ch, StringComparison.Ordinal)))).FirstOrDefault(x => x.Item2 >= 0);
            yield return new Diagnostic(file is null ? FontPackageFile : Path.GetRelativePath(config.Root, file).Replace('\\', '/'), file is null ? 0 : line + 1,
                $"'{ch}' (U+{cp:X4}) is not in the Vazirmatn font, so readers see it in another font or not at all",
                "Write it with a character the font has (or leave it out).", Severity.Warning);
        }
    }

    static string ReadScript()
    {
        using var res = typeof(Fonts).Assembly.GetManifestResourceStream("Site.Output.font-subset.mjs")!;
        return new StreamReader(res).ReadToEnd();
    }

    /// <summary>The job file for the script (written with Utf8JsonWriter: the ahead-of-time compiled program has no reflection).</summary>
    static byte[] Job(string subsetFont, string font, string check, IEnumerable<(string Out, string Text)> jobs)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("subsetFont", subsetFont);
            w.WriteString("font", font);
            w.WriteString("check", check);
            w.WriteStartArray("jobs");
            foreach (var (output, text) in jobs) { w.WriteStartObject(); w.WriteString("out", output); w.WriteString("text", text); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }
}
