using System.Collections.Concurrent;

namespace Site.Verify;

/// <summary>Where a link leads: the file (site-relative), the fragment, or what is wrong with it (after the link in the message).</summary>
public readonly record struct Resolved(string Target, string? Fragment, string? Problem);

/// <summary>
/// Resolves links as a browser does (System.Uri). Callers give it each (folder, link) once: the same links stand on
/// page after page (navigation, topics, neighbours), and are grouped with the pages that make them before they are
/// resolved (<see cref="VerifyOutput.Check(IEnumerable{PageFacts}, Func{string, bool}, Func{string, HashSet{string}}, string?, LinkSource?)"/>).
/// Safe to use from several threads.
/// </summary>
/// <param name="files">Whether the site holds a file (site-relative path).</param>
/// <param name="rootPath">The site's path on its host: a link that starts with it leads into the site from its root.</param>
internal sealed class LinkResolver(Func<string, bool> files, string? rootPath)
{
    readonly ConcurrentDictionary<string, Uri> bases = new(StringComparer.Ordinal);

    /// <summary>The site's root as an address. A link that climbs above it ends up outside this folder, which no page
    /// of the site is named after.</summary>
    static readonly Uri SiteRoot = new("http://site.invalid/~site~/");

    /// <summary>The folder a page stands in, as links are resolved from it ("" at the top).</summary>
    public static string FolderOf(string page) => Path.GetDirectoryName(page)!.Replace('\\', '/');

    /// <summary>
    /// What a link is resolved by: its folder and itself; a link with no path ("?x") leads to the page itself, the only
    /// one that depends on more than the folder, and is keyed by the page.
    /// </summary>
    public static (string Folder, string Url) Key(string page, string folder, string url) => (url.StartsWith('?') ? page : folder, url);

    /// <summary>Where <paramref name="url"/> leads from <paramref name="folder"/> (for a "?x" link, the page: see <see cref="Key"/>).</summary>
    public Resolved Resolve(string folder, string url) =>
        url.StartsWith('?') ? new Resolved(folder, Split(url).Fragment, null) : Resolve(bases.GetOrAdd(folder, FolderUri), url);

    static Uri FolderUri(string folder) => folder.Length == 0 ? SiteRoot : new Uri(SiteRoot, folder + "/");

    Resolved Resolve(Uri from, string url)
    {
        var (path, fragment) = Split(url);
        var fromRoot = rootPath is not null && path.StartsWith(rootPath, StringComparison.Ordinal);
        if (fromRoot) path = path[rootPath!.Length..];
        if (path.Length == 0) return new Resolved("index.html", fragment, null);
        var at = new Uri(fromRoot ? SiteRoot : from, path).AbsolutePath;
        if (!at.StartsWith(SiteRoot.AbsolutePath, StringComparison.Ordinal)) return new Resolved(path, fragment, " leads outside the site");
        var target = Uri.UnescapeDataString(at[SiteRoot.AbsolutePath.Length..]);
        // A folder ("../", "x/.") is its index page.
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        if (!files(target)) return new Resolved(target, fragment, $" → {target} does not exist");
        return new Resolved(target, fragment, null);
    }

    static (string Path, string? Fragment) Split(string url)
    {
        var q = url.IndexOfAny(['?', '#']);
        if (q < 0) return (url, null);
        var hash = url.IndexOf('#');
        return (url[..q], hash >= 0 ? url[(hash + 1)..] : null);
    }
}
