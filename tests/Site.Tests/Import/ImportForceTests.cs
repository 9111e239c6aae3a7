using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Site.Tests.Cli;

namespace Site.Tests.Import;

/// <summary>import --force on a corpus editors have corrected: it lists what it would undo, keeps addresses, and writes what check accepts.</summary>
public partial class ImportForceTests
{
    static Dictionary<string, string> Files(TempProject p) =>
        Directory.EnumerateFiles(p.PathOf("input"), "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(p.Root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Each document's id with its slug and file name.</summary>
    static Dictionary<string, string> Addresses(TempProject p) =>
        Directory.EnumerateFiles(p.PathOf("input"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("translations") && Path.GetFileName(f) != "import-report.md")
            .Select(f => (File: Path.GetRelativePath(p.Root, f), Text: File.ReadAllText(f)))
            .ToDictionary(f => IdLine().Match(f.Text).Groups[1].Value, f => SlugLine().Match(f.Text).Groups[1].Value + " " + f.File);

    [Fact]
    public void Import_force_lists_each_correction_it_would_undo_and_writes_nothing()
    {
        var p = new TempProject("import-corrected");
        // msg-014 keeps the title the importer gave it; the editor's correction below is the one to be listed.
        var file = p.Message("014");
        var title = Regex.Match(p.Read(file), "(?m)^title: (.*)$").Groups[1].Value;
        p.Write(file, p.Read(file).Replace("title: " + title, "title: " + title + " (ویراسته)"));
        var before = Files(p);

        var (code, _, err) = SiteProgram.Run(["import", "--force"], p.Root);
        Assert.Equal(1, code);
        Assert.Contains($"{file}: title: {title} (ویراسته) → {title}", err);
        Assert.Contains("import --force --discard-corrections", err);
        Assert.Equal(before, Files(p));
    }

    [Fact]
    public void Import_force_with_discard_corrections_keeps_slugs_and_file_names_and_writes_a_corpus_check_accepts()
    {
        var p = new TempProject("import-discard");
        var addresses = Addresses(p);

        var (code, output, err) = SiteProgram.Run(["import", "--force", "--discard-corrections"], p.Root);
        Assert.True(code == 0, err);
        Assert.Equal(addresses, Addresses(p));
        Assert.DoesNotContain(Directory.EnumerateFiles(p.PathOf("input"), "*.md", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("iso_date"));
        var check = SiteProgram.Run(["check"], p.Root);
        Assert.True(check.ExitCode == 0, check.Out + check.Err);

        // Again: nothing is left to replace.
        var again = SiteProgram.Run(["import", "--force"], p.Root);
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Contains("(0 value(s) replaced)", again.Out);
    }

    [GeneratedRegex("(?m)^id: (.*)$")]
    private static partial Regex IdLine();
    [GeneratedRegex("(?m)^slug: (.*)$")]
    private static partial Regex SlugLine();
}
