using System.Security.Cryptography;
using Site.Tests.Cli;

namespace Site.Tests.Pipeline;

/// <summary>The site is the same bytes whatever the machine's locale (Persian editors build under fa_IR).</summary>
public class LocaleTests
{
    static Dictionary<string, string> Hashes(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void A_build_under_persian_or_thai_locale_is_byte_identical_to_one_under_the_c_locale()
    {
        var p = new TempProject("locales");
        Dictionary<string, string> Build(string locale)
        {
            var output = p.PathOf("out-" + locale);
            var (code, _, err) = SiteProgram.Run(["build", "--output", output], p.Root,
                new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale });
            Assert.True(code == 0, $"{locale}: {err}");
            return Hashes(output);
        }
        var plain = Build("C");
        foreach (var locale in new[] { "fa_IR.UTF-8", "th_TH.UTF-8" })
        {
            var other = Build(locale);
            Assert.Equal(plain.Keys.Order(), other.Keys.Order());
            var differ = plain.Keys.Where(k => plain[k] != other[k]).Order().ToList();
            Assert.True(differ.Count == 0, $"{locale}: these files differ from the C locale's: {string.Join(", ", differ)}");
        }
    }
}
