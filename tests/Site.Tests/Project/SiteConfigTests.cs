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

    [Fact]
    public void Good_values_are_read()
    {
        var p = new TempProject("config-good");
        p.Write("statiq.config", p.Read("statiq.config").Replace("\ncontact_email:\n", "\ncontact_email: corrections@example.org\n"));
        var c = SiteConfig.Load(p.Root);
        Assert.Equal("corrections@example.org", c.ContactEmail);
    }
}
