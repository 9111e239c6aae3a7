using System.IO.Compression;
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
    public static void Add(ZipArchive zip, string path, byte[] bytes, CompressionLevel level)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = Stamp;
        using var s = entry.Open();
        s.Write(bytes);
    }

    /// <summary>The files as a zip, in the order given (give them in one order: the same input makes the same archive).</summary>
    public static byte[] Zip(IEnumerable<OutputFile> files)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var f in files)
            {
                // Fonts and images are compressed already; deflating them again only costs time.
                var level = f.Path.EndsWith(".woff2", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.SmallestSize;
                Add(zip, "congress12/" + f.Path, f.Content, level);
            }
        }
        return ms.ToArray();
    }
}
