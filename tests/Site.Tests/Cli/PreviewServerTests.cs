using System.Net;
using Site.Cli;
using Site.Output;
using Site.Render;

namespace Site.Tests.Cli;

/// <summary>The preview's server: whole files only, nothing outside output/, and only our own host names.</summary>
public class PreviewServerTests
{
    static string Folder()
    {
        var dir = Paths.TempDir("serve");
        File.WriteAllText(Path.Combine(dir, "index.html"), "<h1>home</h1>");
        File.WriteAllText(Path.Combine(dir, "404.html"), "<h1>not here</h1>");
        return dir;
    }

    [Fact]
    public void A_rewritten_page_is_replaced_whole_so_a_reader_never_sees_it_half_written()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "page.html"), "old page, whole");
        // A reader that opened the page before the save goes on reading the page it opened.
        using var reader = new StreamReader(Path.Combine(dir, "page.html"));
        OutputFolder.ReplaceInto(dir, new OutputFile("page.html", "new page"u8.ToArray()));
        Assert.Equal("old page, whole", reader.ReadToEnd());
        Assert.Equal("new page", File.ReadAllText(Path.Combine(dir, "page.html")));
        Assert.Equal(["404.html", "index.html", "page.html"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Symbolic_links_inside_the_folder_are_not_followed()
    {
        var dir = Folder();
        var outside = Path.Combine(Paths.TempDir("outside"), "secret.txt");
        File.WriteAllText(outside, "SECRET");
        File.CreateSymbolicLink(Path.Combine(dir, "secret.html"), outside);
        Directory.CreateSymbolicLink(Path.Combine(dir, "etc-link"), Path.GetDirectoryName(outside)!);
        var port = Paths.FreePort();
        await using var app = await Preview.ServeAsync(dir, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        foreach (var url in new[] { "secret.html", "etc-link/secret.txt", "etc-link/" })
        {
            var response = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal("<h1>home</h1>", await http.GetStringAsync(""));
    }

    /// <summary>
    /// A folder asked for without its slash is sent to the address with it: its page's relative links resolve from
    /// the folder (served as it was asked, every link on it led one folder too high).
    /// </summary>
    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_to_it()
    {
        var dir = Folder();
        Directory.CreateDirectory(Path.Combine(dir, "messages"));
        File.WriteAllText(Path.Combine(dir, "messages", "index.html"), "<a href=\"a.html\">a</a>");
        var port = Paths.FreePort();
        await using var app = await Preview.ServeAsync(dir, port);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var response = await http.GetAsync("messages?q=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/messages/?q=1", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("messages/")).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("attacker.example:{port}", HttpStatusCode.MisdirectedRequest)]
    [InlineData("127.0.0.1.attacker.example:{port}", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost:1", HttpStatusCode.MisdirectedRequest)]
    public async Task Only_requests_for_our_own_host_names_are_answered(string host, HttpStatusCode expected)
    {
        var port = Paths.FreePort();
        await using var app = await Preview.ServeAsync(Folder(), port);
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/index.html");
        request.Headers.Host = host.Replace("{port}", port.ToString());
        var response = await http.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.DoesNotContain("home", await response.Content.ReadAsStringAsync());
    }
}
