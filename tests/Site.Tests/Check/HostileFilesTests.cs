using System.Text;
using Site.Check;
using Site.Project;

namespace Site.Tests.Check;

/// <summary>Files that are not what a volunteer meant to save: each is one error naming the file, the line and the fix.</summary>
public class HostileFilesTests
{
    const string T = "input/translations/en/messages/mehran-hamidi.md";

    static List<Site.Check.Finding> Errors(TempProject p) => Checker.Run(SiteConfig.Load(p.Root)).Where(f => !f.IsWarning).ToList();

    [Fact]
    public void A_translation_saved_as_latin1_is_an_error_at_its_first_bad_line()
    {
        var p = new TempProject("latin1");
        var text = p.Read(T);
        var at = text.IndexOf("author:", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        // "José Müller" as Windows-1252 or Latin-1 bytes.
        File.WriteAllBytes(p.PathOf(T), [.. Encoding.UTF8.GetBytes(text[..at]), .. Encoding.Latin1.GetBytes("author: \"José Müller\"\n"), .. Encoding.UTF8.GetBytes(text[(text.IndexOf('\n', at) + 1)..])]);
        var e = Assert.Single(Errors(p));
        Assert.Equal((T, line), (e.File, e.Line));
        Assert.Contains("not UTF-8", e.Problem);
        Assert.StartsWith("Save it as UTF-8", e.Fix);
    }

    [Fact]
    public void A_translation_saved_as_utf16_without_a_byte_order_mark_is_an_error_that_says_so()
    {
        var p = new TempProject("utf16");
        File.WriteAllBytes(p.PathOf(T), Encoding.Unicode.GetBytes(p.Read(T)));
        var e = Assert.Single(Errors(p));
        Assert.Equal((T, 1), (e.File, e.Line));
        Assert.Contains("UTF-16", e.Problem);
        Assert.DoesNotContain("control character", e.Problem);
    }
}
