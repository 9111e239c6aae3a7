using System.IO.Compression;
using Site.Model;
using Site.Render;
using Site.Output;

namespace Site.Downloads;

/// <summary>
/// download/&lt;name&gt;.zip: the whole site as a zip that works when unzipped and opened from file:// (every link
/// is relative). Readers pass it on by messenger apps and USB sticks. The search index is left out: browsers do
/// not run it from file://.
/// </summary>
public static class OfflineCopy
{
    public const string Name = "congress12-site.zip";
    public static readonly DateTimeOffset Stamp = new(2021, 12, 8, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One entry, stamped with a fixed date: the same input gives the same archive.</summary>
    public static void Add(ZipArchive zip, string path, ReadOnlySpan<byte> bytes, CompressionLevel level)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = Stamp;
        using var s = entry.Open();
        s.Write(bytes);
    }

    /// <summary>
    /// The files of <paramref name="folder"/> (<paramref name="paths"/>, in the order given: the same input makes the
    /// same archive), then <paramref name="extra"/>, as a zip. Each file is read into a pooled buffer: the site is read
    /// back whole, 420 MB at 10,000 documents, and a new array for each file was most of what the zip allocated.
    /// </summary>
    public static void Zip(string folder, IEnumerable<string> paths, IEnumerable<OutputFile> extra, Stream into, string? comment = null)
    {
        using var zip = new ZipArchive(into, ZipArchiveMode.Create, leaveOpen: true);
        if (comment is not null) zip.Comment = comment;
        foreach (var path in paths)
        {
            using var handle = File.OpenHandle(Path.Combine(folder, path));
            var length = checked((int)RandomAccess.GetLength(handle));
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
            try
            {
                int read = 0, n;
                while (read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read)) > 0) read += n;
                Add(zip, "congress12/" + path, buffer.AsSpan(0, read), LevelFor(path));
            }
            finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
        }
        foreach (var f in extra) Add(zip, "congress12/" + f.Path, f.Content, LevelFor(f.Path));
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
