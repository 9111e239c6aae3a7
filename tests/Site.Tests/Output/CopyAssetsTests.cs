using System.Text;
using Site.Output;
using Site.Project;

namespace Site.Tests.Output;

/// <summary>The theme's stylesheets and scripts ship without comments and spaces; one that cannot be read stops the build at its line.</summary>
public class CopyAssetsTests
{
    static string Minified(string rel, string text) => Encoding.UTF8.GetString(CopyAssets.Minify(rel, Encoding.UTF8.GetBytes(text), "theme/" + rel));

    [Fact]
    public void Comments_and_spaces_go_and_the_rules_stay()
    {
        var css = Minified("assets/site.css", "/* why */\n.a  >  .b {\n  color: red;\n}\n@media (max-width: 600px) { .a { display: none; } }\n");
        Assert.Equal(".a>.b{color:#f00}@media(max-width:600px){.a{display:none}}", css);
        var js = Minified("assets/site.js", "// why\n(function () {\n  var label = \"پیام\";\n  document.title = label;\n})();\n");
        Assert.DoesNotContain("why", js);
        // Outside ASCII, escaped: the script reads the same whatever encoding the host declares.
        Assert.Contains("\\u067e", js, StringComparison.OrdinalIgnoreCase);
        Assert.True(Encoding.UTF8.GetByteCount(js) == js.Length);
    }

    /// <summary>
    /// A stylesheet that loads anything from another site (a web font's @import, a background's url()) makes every
    /// page ask that site: an error at its line. Relative addresses, data: and fragments are the site's own.
    /// </summary>
    [Theory]
    [InlineData("@import url(\"https://fonts.googleapis.com/css?family=Roboto\");", 1, "https://fonts.googleapis.com/css?family=Roboto")]
    [InlineData("a{}\n@import 'http://x.example/a.css';", 2, "http://x.example/a.css")]
    [InlineData("/* url(https://in.a.comment/) */\nbody {\n  background: URL( //cdn.example/t.png );\n}", 3, "//cdn.example/t.png")]
    [InlineData("b { background: url('HTTPS://x.example/b.png') }", 1, "HTTPS://x.example/b.png")]
    [InlineData("a{}\nb{}\nc{}\n", 0, null)]
    [InlineData("/* https://example.org a credit */ a { background: url(fonts/x.woff2), url(\"../i.svg#a\"), url(data:image/svg+xml;utf8,<svg/>) }", 0, null)]
    public void A_stylesheet_that_loads_from_another_site_is_named_at_its_line(string css, int line, string? address)
    {
        var found = CopyAssets.ElsewhereIn(css);
        Assert.Equal(address is null ? null : (line, address), found);
    }

    [Fact]
    public async Task A_build_whose_stylesheet_loads_from_another_site_fails_at_the_line()
    {
        var p = new TempProject("css-elsewhere");
        p.OwnTheme();
        p.Write("theme/assets/site.css", "@import url(\"https://fonts.googleapis.com/css?family=Roboto\");\n" + p.Read("theme/assets/site.css"));
        var e = await Assert.ThrowsAsync<SiteError>(() => Site.Pipeline.SiteBuilder.BuildAsync(SiteConfig.Load(p.Root), p.PathOf("output"), new Site.Pipeline.BuildOptions(PagesOnly: true)));
        var d = Assert.Single(e.Errors);
        Assert.Equal(("theme/assets/site.css", 1), (d.File, d.Line));
        Assert.Contains("another site", d.Problem);
    }

    [Fact]
    public void Other_files_pass_unchanged()
    {
        var bytes = new byte[] { 1, 2, 3 };
        Assert.Same(bytes, CopyAssets.Minify("assets/fonts/OFL.txt", bytes, "theme/assets/fonts/OFL.txt"));
    }

    [Fact]
    public void A_script_that_cannot_be_read_is_an_error_at_its_file_and_line()
    {
        var e = Assert.Throws<SiteError>(() => Minified("assets/site.js", "var a = 1;\nvar b = ;\n"));
        var d = Assert.Single(e.Errors);
        Assert.Equal(("theme/assets/site.js", 2), (d.File, d.Line));
        Assert.Contains("JavaScript", d.Problem);
    }

    [Fact]
    public void A_minified_asset_is_kept_by_content_and_what_is_kept_is_checked_before_it_is_used()
    {
        var root = Paths.TempDir("assets-cache");
        const string css = "/* why */\n.a  >  .b {\n  color: red;\n}\n";
        byte[] Kept(string text) => CopyAssets.Minified(root, "assets/site.css", Encoding.UTF8.GetBytes(text), "theme/assets/site.css");
        var cold = Kept(css);
        Assert.Equal(".a>.b{color:#f00}", Encoding.UTF8.GetString(cold));
        var folder = Site.Project.NodePackages.Cache(root, "site-assets");
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(cold, Kept(css));
        // Another text is another entry.
        Assert.Equal(".a{color:#00f}", Encoding.UTF8.GetString(Kept(".a { color: blue; }")));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
        // A kept file that does not hold what its hash says (cut, written over) is not used, and is made again.
        foreach (var bad in new[] { File.ReadAllBytes(file)[..40], [.. File.ReadAllBytes(file)[..32], .. Encoding.UTF8.GetBytes("body{}")], [] })
        {
            File.WriteAllBytes(file, bad);
            Assert.Equal(cold, Kept(css));
            Assert.Equal(cold, File.ReadAllBytes(file)[32..]);
        }
        // A script that cannot be read is still an error, and nothing is kept of it.
        Assert.Throws<SiteError>(() => CopyAssets.Minified(root, "assets/site.js", Encoding.UTF8.GetBytes("var b = ;\n"), "theme/assets/site.js"));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }
}
