using System.Buffers;
using System.IO.Compression;
using Site.Model;
using Site.Render;
using Site.Output;

namespace Site.Downloads;

/// <summary>
/// download/&lt;name&gt;.zip: the whole site as a zip that works when unzipped and opened from file:// (every link
/// is relative). Readers pass it on by messenger apps and USB sticks. The search index is left out: browsers do
/// not run it from file://; the copy's search pages read the records the caller adds instead (Search.OfflineSearch).
/// </summary>
public static class OfflineCopy
{
    public const string Name = "congress12-site.zip";
    public static readonly DateTimeOffset Stamp = new(2021, 12, 8, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The files of <paramref name="folder"/> (<paramref name="paths"/>, in the order given: the same input makes the
    /// same archive), then <paramref name="extra"/>, as a zip. Deflating is most of its work (5 s of CPU at 10,000
    /// documents), which ZipArchive does itself, one entry after another, on one core, at the end of the build: here a
    /// batch of files is read and deflated on every core (by .NET's zlib, at ZipArchive's level), and SharpZipLib
    /// writes each as an entry already compressed (its passthrough entries), in order.
    /// </summary>
    /// <param name="cache">The last zip's deflated bytes by content (<see cref="ZipCache"/>); used only when <paramref name="into"/> can seek.</param>
    /// <param name="hashOf">The SHA-256 of a file of the folder, when the build kept it (a file it has, it need not read again).</param>
    public static void Zip(string folder, IEnumerable<string> paths, IEnumerable<OutputFile> extra, Stream into, string? comment = null,
        ZipCache? cache = null, Func<string, byte[]?>? hashOf = null)
    {
        using var writer = new ZipWriter(into, cache, comment);
        var files = paths.Select(p => new Source(p, null)).Concat(extra.Select(f => new Source(f.Path, f.Content))).ToList();
        foreach (var batch in files.Chunk(Batch))
        {
            var packed = new ZipWriter.Packed[batch.Length];
            try
            {
                Parallel.For(0, batch.Length, i => packed[i] = Pack(folder, batch[i], writer.Cache, hashOf));
                foreach (var p in packed) writer.Write(p);
            }
            finally { foreach (var p in packed) if (p.Data is not null) ArrayPool<byte>.Shared.Return(p.Data); }
        }
        writer.Finish();
    }

    // Files per batch: enough to keep every core busy, few enough that the compressed batch is small.
    const int Batch = 256;

    /// <summary>A file of the site (read from the folder) or one made for the zip alone (its bytes given).</summary>
    readonly record struct Source(string Path, byte[]? Content);

    static ZipWriter.Packed Pack(string folder, Source file, ZipCache? cache, Func<string, byte[]?>? hashOf)
    {
        var name = "congress12/" + file.Path;
        var stored = LevelFor(file.Path) == CompressionLevel.NoCompression;
        // A page the build hashed as it wrote it and the last zip had: its deflated bytes, without reading the page.
        var sha = cache is null || stored ? null : file.Content is null ? hashOf?.Invoke(file.Path) : null;
        if (sha is not null && cache!.TryTake(sha, out var hit, out var cached))
            return new ZipWriter.Packed(name, cached!, hit.Length, hit.Size, hit.Crc, Stored: false, sha);
        byte[]? raw = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            if (file.Content is { } given) bytes = given;
            else
            {
                using var handle = File.OpenHandle(System.IO.Path.Combine(folder, file.Path));
                var length = checked((int)RandomAccess.GetLength(handle));
                raw = ArrayPool<byte>.Shared.Rent(length);
                int read = 0, n;
                while (read < length && (n = RandomAccess.Read(handle, raw.AsSpan(read, length - read), read)) > 0) read += n;
                bytes = raw.AsSpan(0, read);
            }
            return ZipWriter.PackBytes(name, bytes, stored, cache, sha);
        }
        finally { if (raw is not null) ArrayPool<byte>.Shared.Return(raw); }
    }

    // Fonts and images are compressed already; deflating them again only costs time. Text at the default level: the
    // smallest size takes twice its time (7 s of CPU at 10,000 documents) for 1.6 %.
    static CompressionLevel LevelFor(string path) => path.EndsWith(".woff2", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;

    public const string MirrorsFile = "MIRRORS.txt";

    /// <summary>The zip's comment: which edition it holds (unzip -z shows it).</summary>
    public static string? Comment(SiteModel site) => site.Edition is { } e ? $"{site.Config.Title.En} — edition {e.Label}" : null;

    /// <summary>MIRRORS.txt: where else the site is published, and which edition this copy is.</summary>
    public static OutputFile Mirrors(SiteModel site)
    {
        var c = site.Config;
        var sb = new System.Text.StringBuilder();
        sb.Append(c.Title.Fa).Append('\n').Append(c.Title.En).Append("\n\n");
        if (site.Edition is { } e) sb.Append($"Edition / ویرایش: {e.Label}\n\n");
        sb.Append("Where the site is published / نشانی‌های سایت:\n");
        foreach (var a in new[] { c.BaseUrl }.Concat(c.Mirrors.Addresses).Where(a => !string.IsNullOrEmpty(a)).Distinct()) sb.Append(a).Append('\n');
        if (c.Mirrors.Onion is { Length: > 0 } onion) sb.Append("Tor: ").Append(onion).Append('\n');
        sb.Append("\nEach address publishes download/SHA256SUMS: check your copy against it (see about/index.html).\n");
        return OutputFile.Text(MirrorsFile, sb.ToString());
    }
}
