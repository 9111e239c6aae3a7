using Site.Downloads;
using Site.Model;
using Site.Output;
using Site.Project;
using Site.Render;
using Site.Search;
using Site.Verify;

namespace Site.Pipeline.Steps;

/// <summary>
/// The offline copy (the site as written so far, in a zip, with MIRRORS.txt and its search's records), the same as a Kiwix ZIM file, the EPUBs,
/// and SHA256SUMS for them (signed when a key is given); then the about page again, now with links to them, their
/// sizes and checksums. The copy's own about page has no download links: it is the download.
/// </summary>
public sealed class DownloadsStep : IStep
{
    public string Name => "downloads";

    public async Task RunAsync(BuildState build)
    {
        var site = build.Site;
        // The files to write at the end; the offline copy (written already) has none.
        var made = new List<(Download Info, OutputFile? File)>();
        void Add(string name, byte[] bytes, string lang, DownloadKind kind)
        {
            var path = Urls.Download(name);
            made.Add((new Download(path, bytes.Length, lang, kind, Checksums.Sha256(bytes)), new OutputFile(path, bytes)));
        }
        var staging = build.Output.Staging;
        // The search index is being written at the same time (StartSearchIndexStep): its files are not the site's copy.
        var paths = VerifyOutput.FilesIn(staging, SearchIndex.IsItsFile).Where(p => p != OutputFolder.Marker).Order(StringComparer.Ordinal).ToList();
        // They are independent (the zip, the ZIM writer, each book), so they run side by side; what they made is added
        // below in one fixed order, which SHA256SUMS and the about page keep.
        Task<T> Timed<T>(string what, Func<T> make) => Task.Run(() =>
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var result = make();
            lock (build.Times) build.Times.Add(("  " + what, sw.Elapsed));
            return result;
        });
        // The zip and the books are written straight into their files and hashed from them: held in memory they took a
        // growing buffer and a copy each (the zip 400 MB at 10,000 documents, a book 130 MB).
        Download Streamed(string name, string lang, DownloadKind kind, Action<Stream> write)
        {
            var path = Urls.Download(name);
            var length = build.WriteStreamed(path, write);
            return new Download(path, length, lang, kind, Checksums.Sha256(Path.Combine(staging, path)));
        }
        // The zip reads the site back a batch of files at a time, in order, so the site is not held in memory whole;
        // a page that has not changed since the last zip is not read at all (its hash was kept as it was written).
        var hashes = build.Output.Hashes;
        var cacheFolder = NodePackages.Cache(site.Config.Root, "site-zip");
        using var zipCache = ZipCache.Open(cacheFolder);
        // The search of the copy and of the ZIM, which have no Pagefind index (OfflineSearch): the index's records.
        var records = OfflineSearch.Files(build.SearchRecords is { } pending ? await pending : SearchIndex.Records(site));
        var zipTask = Timed("zip", () => Streamed(OfflineCopy.Name, "fa", DownloadKind.Zip,
            into => OfflineCopy.Zip(staging, paths, [OfflineCopy.Mirrors(site), .. records], into, OfflineCopy.Comment(site),
                zipCache, path => hashes is not null && hashes.TryGetValue(path, out var h) ? h : null)));
        var zimTask = Timed("zim", () => Zim.Make(site, staging, paths, "fa", hashes: build.Output.Hashes, extra: records));
        // Each book on its own (one after another they were the last to finish), with its chapters' deflated bytes
        // kept like the zip's.
        var caches = new System.Collections.Concurrent.ConcurrentBag<ZipCache>();
        ZipCache Cache(string name) { var c = ZipCache.Open(cacheFolder, name); caches.Add(c); return c; }
        Download Book(string lang, Action<Stream> write) => Streamed(Epub.NameFor(lang), lang, DownloadKind.Epub, write);
        var epubTasks = (List<Task<Download>>)[
            Timed("epub fa", () => Book("fa", into => Epub.Persian(site, build.Fonts.Book, into, Cache("epub-fa")))),
            .. site.Config.Translations.Select(lang => Timed("epub " + lang, () => Book(lang, into => Epub.Edition(site, lang, build.Fonts.Book, into, Cache("epub-" + lang)))))];
        try { await Task.WhenAll([zipTask, zimTask, .. epubTasks]); }
        finally { foreach (var c in caches) c.Dispose(); }
        // The ZIM's key was their only use: the files still to come (the ZIM, SHA256SUMS, the about pages) are not hashed twice.
        build.Output.Hashes = null;

        made.Add((zipTask.Result, null));
        var (zim, warning) = zimTask.Result;
        if (zim is not null) Add(Zim.NameFor("fa"), zim, "fa", DownloadKind.Zim);
        if (warning is not null) build.Findings.Add(warning);
        foreach (var book in epubTasks) made.Add((book.Result, null));

        var sums = Checksums.Sums(made.Select(m => (Path.GetFileName(m.Info.Path), m.Info.Sha256)));
        Add(Checksums.SumsName, sums, "fa", DownloadKind.Checksums);
        string? publicKey = null;
        if (Checksums.Sign(sums, $"{site.Config.Title.En}, edition {site.Edition?.Label ?? "unstamped"}", build.Options.SigningKey, build.Options.SigningPassword) is { } signed)
        {
            Add(Checksums.SignatureName, signed.Signature, "fa", DownloadKind.Signature);
            Add(Checksums.PublicKeyName, signed.PublicKeyFile, "fa", DownloadKind.Key);
            publicKey = signed.PublicKey;
        }

        build.Site = site = site with { Downloads = made.Select(d => d.Info).ToList(), PublicKey = publicKey };
        foreach (var (path, html) in await LayOutPages.AboutAsync(site, build.Renderer))
        {
            build.Uncount(new FileInfo(Path.Combine(staging, path)).Length);
            build.WritePage(path, html.AsMemory());
        }
        foreach (var (_, file) in made) if (file is not null) build.Write(file);
    }
}
