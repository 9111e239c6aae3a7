using Site.Project;

namespace Site.Tests.Project;

/// <summary>statiq.config's reader-tool settings: each wrong value is one error at its line, with the fix.</summary>
public class SiteConfigTests
{
    static SiteError Broken(string name, string key, string value)
    {
        var p = new TempProject(name);
        p.Write("statiq.config", System.Text.RegularExpressions.Regex.Replace(p.Read("statiq.config"), $"(?m)^{key}:.*$", $"{key}: {value}"));
        return Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root));
    }

    static int LineOf(TempProject p, string key) => Array.FindIndex(p.Read("statiq.config").Split('\n'), l => l.StartsWith(key + ":")) + 1;

    [Theory]
    [InlineData("\"corrections@example.org?cc=someone@example.org\"")]
    [InlineData("\"a b@example.org\"")]
    [InlineData("corrections")]
    [InlineData("\"x@example.org&body=hi\"")]
    public void A_contact_email_that_could_change_the_mail_link_is_refused(string value)
    {
        var e = Broken("config-mail", "contact_email", value);
        Assert.Equal("statiq.config", e.File);
        Assert.Equal(LineOf(new TempProject("config-mail-line"), "contact_email"), e.Line);
        Assert.Contains("not an e-mail address", e.Problem);
        Assert.Contains("contact_email:", e.Fix);
    }

    /// <summary>The languages, the list size and the other checked keys: each error at its key's line.</summary>
    [Theory]
    [InlineData("translations", "[en, ar, fa]", "'fa' is among the translation languages, but it is the originals' language")]
    [InlineData("translations", "[en, en]", "'en' is listed twice in 'translations:'")]
    [InlineData("translations", "[en, ../x]", "'../x' is not a language code")]
    [InlineData("page_size", "0", "page_size is 0")]
    [InlineData("branch", "\"a b\"", "branch 'a b' is not a branch name")]
    // A key left empty is YAML's null, not the default: named, not a fault of the program.
    [InlineData("output", "", "'output' is empty")]
    [InlineData("input", "", "'input' is empty")]
    [InlineData("theme", "~", "'theme' is empty")]
    [InlineData("output", "\"\"", "'output' is empty")]
    [InlineData("translations", "", "'translations' is empty")]
    public void A_wrong_value_is_named_at_its_key(string key, string value, string problem)
    {
        var e = Broken("config-" + key, key, value);
        Assert.Equal(("statiq.config", LineOf(new TempProject("config-line-" + key), key), problem), (e.File, e.Line, e.Problem));
    }

    [Fact]
    public async Task A_theme_or_input_setting_that_names_some_other_folder_is_one_error()
    {
        var p = new TempProject("config-folders");
        var elsewhere = Paths.TempDir("not-a-project");
        Directory.CreateDirectory(Path.Combine(elsewhere, "a"));
        File.CreateSymbolicLink(Path.Combine(elsewhere, "a", "link"), "/etc/passwd");
        var config = p.Read("statiq.config");
        p.Write("statiq.config", System.Text.RegularExpressions.Regex.Replace(config, "(?m)^theme:.*$", $"theme: {elsewhere}"));
        var theme = await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("out")));
        Assert.Equal(("statiq.config", LineOf(p, "theme")), (Assert.Single(theme.Errors).File, theme.Line));
        Assert.Contains("is not a theme folder", theme.Problem);

        p.Write("statiq.config", System.Text.RegularExpressions.Regex.Replace(config, "(?m)^input:.*$", $"input: {elsewhere}"));
        var input = Assert.Throws<SiteError>(() => Site.Corpus.CorpusReader.Read(SiteConfig.Load(p.Root).InputDir, p.Root));
        Assert.Contains("is not an input folder", Assert.Single(input.Errors).Problem);
    }

    [Theory]
    [InlineData("http://a.example/c d/")]
    [InlineData("https://a.example/c\"><script>x</script>/")]
    [InlineData("ftp://a.example/")]
    public void A_base_address_that_is_not_one_a_link_can_start_with_is_refused(string address)
    {
        var p = new TempProject("config-base");
        var e = Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root).PublishedAt(address));
        Assert.Equal(("--base-url", $"--base-url '{address}' is not the address of a web site"), (e.File, e.Problem));
        Assert.Equal("https://a.example/c/", SiteConfig.Load(p.Root).PublishedAt("https://a.example/c/").BaseUrl);
    }

    [Fact]
    public void Settings_that_are_a_pipe_are_refused_not_waited_on()
    {
        var p = new TempProject("config-pipe");
        File.Delete(p.PathOf("statiq.config"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [p.PathOf("statiq.config")])!) mkfifo.WaitForExit();
        var load = Task.Run(() => Assert.Throws<SiteError>(() => SiteConfig.Load(p.Root)));
        Assert.True(load.Wait(TimeSpan.FromSeconds(20)), "reading the settings waited on the pipe");
        Assert.Contains("not a regular file", load.Result.Problem);
    }

    [Fact]
    public void Good_values_are_read()
    {
        var p = new TempProject("config-good");
        p.Write("statiq.config", p.Read("statiq.config").Replace("\ncontact_email:\n", "\ncontact_email: corrections@example.org\n"));
        var c = SiteConfig.Load(p.Root);
        Assert.Equal("corrections@example.org", c.ContactEmail);
    }
}
