using Site.Model;

namespace Site.Tests.Model;

/// <summary>Links between pages as the one URL scheme writes them: relative, and no longer than they need be.</summary>
public class UrlsTests
{
    [Theory]
    [InlineData("index.html", "messages/a.html", "messages/a.html")]
    [InlineData("messages/a.html", "messages/b.html", "b.html")]                // the same folder
    [InlineData("messages/a.html", "messages/a.html#p2", "a.html#p2")]
    [InlineData("messages/a.html", "topics/t.html", "../topics/t.html")]
    [InlineData("en/messages/a.html", "en/index.html", "../index.html")]         // out of one folder only
    [InlineData("en/messages/a.html", "messages/a.html", "../../messages/a.html")]
    [InlineData("en/messages/a.html", "ar/messages/a.html", "../../ar/messages/a.html")]
    [InlineData("translate/en/msg-1.html", "assets/site.css", "../../assets/site.css")]
    [InlineData("en/messages/a.html", "en/messages/", "./")]                    // the folder itself
    [InlineData("en/messages/a.html", "", "../../")]                             // the site's root
    [InlineData("en/message/a.html", "en/messages/b.html", "../messages/b.html")] // a name that starts alike is no shared folder
    [InlineData("messages/a.html", "#p3", "#p3")]
    public void A_link_climbs_only_out_of_the_folders_it_does_not_share(string from, string target, string expected)
    {
        Assert.Equal(expected, Urls.Relative(from, target));
        // And it leads where it should, as a browser resolves it (a fragment alone is of the page itself).
        if (target.StartsWith('#')) return;
        var page = new Uri(new Uri("http://site/"), from);
        Assert.Equal(new Uri(new Uri("http://site/"), target).AbsoluteUri, new Uri(page, expected).AbsoluteUri);
    }
}
