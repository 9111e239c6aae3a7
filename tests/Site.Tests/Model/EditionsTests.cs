using Site.Model;
using Site.Pipeline;
using Site.Project;

namespace Site.Tests.Model;

/// <summary>The editions' addresses, and what a language without its strings or its title does to a build.</summary>
public class EditionsTests
{
    static readonly IReadOnlyList<string> Langs = ["en", "ar"];

    [Theory]
    [InlineData("messages/sholeh-paydar.html")]
    [InlineData("en/messages/sholeh-paydar.html")]
    [InlineData("ar/topics/women/page/2.html")]
    [InlineData("index.html")]
    [InlineData("en/index.html")]
    [InlineData("ar/search/index.html")]
    public void Every_page_of_a_set_lists_the_same_alternates_persian_first(string path)
    {
        var alternates = Urls.Alternates(path, Langs);
        Assert.Equal(["fa", "en", "ar"], alternates.Select(a => a.Lang));
        Assert.Contains(alternates, a => a.Path == path);
        Assert.Equal(alternates.Count, alternates.Select(a => a.Path).Distinct().Count());
        foreach (var (_, other) in alternates) Assert.Equal(alternates, Urls.Alternates(other, Langs));
    }

    [Theory]
    [InlineData("translations/index.html")]
    [InlineData("translations/page/2.html")]
    [InlineData("404.html")]
    [InlineData("download/congress12-en.epub")]
    public void Pages_for_every_language_at_once_have_no_alternates(string path) => Assert.Empty(Urls.Alternates(path, Langs));

    [Fact]
    public void An_edition_path_is_the_persian_path_under_the_language()
    {
        Assert.Equal("en/topics/women.html", Urls.In("en", Urls.Topic("women")));
        Assert.Equal("topics/women.html", Urls.In("fa", Urls.Topic("women")));
        Assert.Equal("ar", Urls.LangOf("ar/messages/x.html", Langs));
        Assert.Equal("fa", Urls.LangOf("messages/x.html", Langs));
        Assert.Equal("about/index.html", Urls.PersianOf("en/about/index.html", Langs));
    }

    /// <summary>A project whose theme is a copy (so its strings can be broken), at theme-copy/.</summary>
    static TempProject WithOwnTheme(string name)
    {
        var p = new TempProject(name);
        var theme = p.PathOf("theme-copy");
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Paths.Root, "theme"), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(theme, Path.GetRelativePath(Path.Combine(Paths.Root, "theme"), f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        p.Write("statiq.config", p.Read("statiq.config").Replace("theme: theme", "theme: theme-copy"));
        return p;
    }

    [Fact]
    public async Task A_strings_file_missing_a_key_names_the_file_and_the_key_before_anything_is_written()
    {
        var p = WithOwnTheme("strings-key");
        var ar = p.Read("theme-copy/strings/ar.yml");
        p.Write("theme-copy/strings/ar.yml", string.Join('\n', ar.Split('\n').Where(l => !l.StartsWith("not_translated_notice:") && !l.StartsWith("languages:"))));
        var output = p.PathOf("out");
        var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output));
        Assert.Equal(["the string 'languages' is missing", "the string 'not_translated_notice' is missing"], e.Errors.Select(x => x.Problem).Order());
        Assert.All(e.Errors, x => Assert.Equal("theme/strings/ar.yml", x.File));
        Assert.All(e.Errors, x => Assert.Contains("theme/strings/en.yml", x.Fix));
        Assert.False(Directory.Exists(output));
    }

    /// <summary>What a volunteer copying en.yml to a new language may get wrong, each named at its line before anything is written.</summary>
    [Fact]
    public async Task A_strings_file_with_a_wrong_placeholder_language_or_direction_names_each_line_before_anything_is_written()
    {
        var p = WithOwnTheme("strings-values");
        var en = p.Read("theme-copy/strings/en.yml").Split('\n');
        string Edit(string key, string value) { var i = Array.FindIndex(en, l => l.StartsWith(key + ":")); en[i] = $"{key}: {value}"; return key; }
        Edit("count_messages", "\"{1} messages\"");       // a number the site does not give
        Edit("page_of", "\"Page {0 of {1}\"");            // a placeholder cut short
        Edit("lang", "ar");                                 // copied from the Arabic table
        Edit("dir", "up");
        Edit("months", "\"Jan, Feb\"");                    // the dates would fall back to another language's
        p.Write("theme-copy/strings/en.yml", string.Join('\n', en));
        var output = p.PathOf("out");
        var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output));
        int LineOf(string key) => Array.FindIndex(en, l => l.StartsWith(key + ":")) + 1;
        Assert.Equal(new[] { LineOf("lang"), LineOf("dir"), LineOf("months"), LineOf("page_of"), LineOf("count_messages") }.Order(), e.Errors.Select(x => x.Line).Order());
        Assert.All(e.Errors, x => Assert.Equal("theme/strings/en.yml", x.File));
        Assert.Contains(e.Errors, x => x.Problem.Contains("'count_messages' uses {1}") && x.Fix.Contains("{0}"));
        Assert.Contains(e.Errors, x => x.Problem.Contains("'lang: ar'") && x.Fix.Contains("lang: en"));
        Assert.False(Directory.Exists(output));

        // check says the same, so a pull request is stopped before the build.
        var (code, _, err) = Site.Tests.Cli.SiteProgram.Run(["check", "--root", p.Root], p.Root);
        Assert.Equal(1, code);
        Assert.Contains($"theme/strings/en.yml:{LineOf("count_messages")}: error: the string 'count_messages' uses {{1}}", err);
        Assert.DoesNotContain("fault in the program", err);
    }

    [Fact]
    public void A_strings_file_not_saved_as_utf8_is_named_with_its_line()
    {
        var p = WithOwnTheme("strings-latin1");
        var path = p.PathOf("theme-copy/strings/en.yml");
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.FindIndex(l => l.StartsWith("home:"));
        lines.RemoveAt(at);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        File.AppendAllText(path, "home: H", System.Text.Encoding.UTF8);
        File.AppendAllBytes(path, [0xE9]);
        File.AppendAllText(path, "me\n");
        var e = Assert.Throws<SiteError>(() => Site.Model.UiStrings.LoadAll(p.PathOf("theme-copy"), ["en"]));
        Assert.Equal("theme/strings/en.yml", e.File);
        Assert.Equal(lines.Count + 1, e.Line);
        Assert.Contains("not UTF-8", e.Problem);
    }

    [Fact]
    public async Task A_language_without_a_strings_file_is_named_before_anything_is_written()
    {
        var p = WithOwnTheme("strings-file");
        p.Write("statiq.config", p.Read("statiq.config").Replace("translations: [en, ar]", "translations: [en, ar, de]")
            .Replace("  ar: رسائل من", "  de: Botschaften aus dem Iran\n  ar: رسائل من").Replace("  ar: رسائل العمّال", "  de: Botschaften\n  ar: رسائل العمّال"));
        var output = p.PathOf("out");
        var e = await Assert.ThrowsAsync<SiteError>(() => SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), output));
        Assert.Equal("theme/strings/de.yml", e.File);
        Assert.Contains("theme/strings/de.yml", e.Fix);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_language_without_a_title_in_the_config_is_named_with_its_line()
    {
        var p = new TempProject("config-title");
        var config = p.Read("statiq.config");
        p.Write("statiq.config", string.Join('\n', config.Split('\n').Where(l => !l.StartsWith("  ar: رسائل من"))));
        var e = Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root));
        Assert.Equal(SiteConfig.FileName, e.File);
        Assert.Equal(Array.FindIndex(config.Split('\n'), l => l.StartsWith("title:")) + 1, e.Line);
        Assert.Contains("'ar'", e.Problem);
        Assert.Contains("ar:", e.Fix);
    }
}
