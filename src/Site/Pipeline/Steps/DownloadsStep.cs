using Site.Downloads;
using Site.Model;
using Site.Output;
using Site.Render;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>
/// The offline copy (the site as written so far, in a zip) and the EPUBs; then the about page again, now with links
/// to them. The copy's own about page has no download links: it is the download.
/// </summary>
public sealed class DownloadsStep : IStep
{
    public string Name => "downloads";

    public async Task RunAsync(BuildState build)
    {
        var site = build.Site;
        var made = new List<(Download Info, OutputFile File)>();
        void Add(string name, byte[] bytes, string lang, DownloadKind kind)
        {
            var path = Urls.Download(name);
            made.Add((new Download(path, bytes.Length, lang, kind), new OutputFile(path, bytes)));
        }
        // Read back one file at a time, in order, so the site is not held in memory whole.
        var staging = build.Output.Staging;
        var siteFiles = VerifyOutput.FilesIn(staging).Where(p => p != OutputFolder.Marker).Order(StringComparer.Ordinal)
            .Select(p => new OutputFile(p, File.ReadAllBytes(Path.Combine(staging, p))));
        Add(OfflineCopy.Name, OfflineCopy.Zip(siteFiles), "fa", DownloadKind.Zip);
        var font = build.Assets.First(f => f.Path == CopyAssets.FontPath).Content;
        Add(Epub.NameFor("fa"), Epub.Persian(site, font), "fa", DownloadKind.Epub);
        foreach (var lang in site.Config.Translations)
            if (Epub.Translation(site, lang) is { } epub) Add(Epub.NameFor(lang), epub, lang, DownloadKind.Epub);

        build.Site = site = site with { Downloads = made.Select(d => d.Info).ToList() };
        var about = await LayOutPages.AboutAsync(site, site.Downloads, build.Renderer);
        build.Uncount(new FileInfo(Path.Combine(staging, Urls.About)).Length);
        build.WritePage(Urls.About, about.AsMemory());
        foreach (var (_, file) in made) build.Write(file);
    }
}
