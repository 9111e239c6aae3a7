using Site.Verify;


namespace Site.Tests.Verify;

public class SharedStringsTests
{
    [Fact]
    public void Equal_text_gets_one_copy()
    {
        var shared = new SharedStrings();
        var a = shared.Of("../index.html".AsSpan());
        var b = shared.Of("x ../index.html".AsSpan(2..));
        Assert.Equal("../index.html", a);
        Assert.Same(a, b);
        Assert.NotSame(a, shared.Of("index.html"));
        Assert.Equal(2, shared.Count);
    }

    [Fact]
    public void Pages_scanned_with_shared_strings_keep_one_copy_of_their_common_ids_and_links()
    {
        var shared = new SharedStrings();
        const string page = "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><title>t</title></head><body><h1 id=\"p1\">A</h1><a href=\"../topics/x.html#p2\">x</a></body></html>";
        var one = VerifyOutput.Scan("m/a.html", page.AsMemory(), shared);
        var two = VerifyOutput.Scan("m/b.html", page.AsMemory(), shared);
        Assert.Same(one.Ids.Single(), two.Ids.Single());
        Assert.Same(one.Links.Single().Url, two.Links.Single().Url);
        Assert.Equal("../topics/x.html#p2", two.Links.Single().Url);
    }
}
