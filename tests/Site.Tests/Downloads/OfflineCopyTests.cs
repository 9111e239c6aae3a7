using System.IO.Compression;
using Site.Downloads;
using Site.Output;

namespace Site.Tests.Downloads;

/// <summary>The offline copy's zip: deflated on every core, written in order, readable by any unzip.</summary>
public class OfflineCopyTests
{
    /// <summary>More files than one batch, of every kind the site has: pages, an empty file, a font, a large file.</summary>
    static (string Folder, List<string> Paths) Site()
    {
        var folder = Paths.TempDir("zip");
        var paths = new List<string>();
        void Put(string path, byte[] bytes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllBytes(Path.Combine(folder, path), bytes);
            paths.Add(path);
        }
        for (var i = 0; i < 600; i++) Put($"messages/m{i:000}.html", System.Text.Encoding.UTF8.GetBytes($"<p>پیام {i} " + new string('ا', i) + "</p>\n"));
        Put("empty.txt", []);
        var random = new byte[200_000];
        new Random(7).NextBytes(random);
        Put("assets/fonts/vazirmatn-fa.woff2", random);
        Put("big.html", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>کارگران ایران</p>\n", 50_000))));
        paths.Sort(StringComparer.Ordinal);
        return (folder, paths);
    }

    static byte[] Zip(string folder, List<string> paths, ZipCache? cache = null, Func<string, byte[]?>? hashOf = null)
    {
        using var into = new MemoryStream();
        OfflineCopy.Zip(folder, paths, [OutputFile.Text("MIRRORS.txt", "نشانی‌ها\n")], into, "Messages — edition 2026-12-07", cache, hashOf);
        return into.ToArray();
    }

    static (byte[] Zip, (int Hits, int Misses) Counts) Cached(string cacheDir, string folder, List<string> paths, Func<string, byte[]?>? hashOf = null)
    {
        using var cache = ZipCache.Open(cacheDir);
        var zip = Zip(folder, paths, cache, hashOf);
        return (zip, cache.Counts);
    }

    [Fact]
    public void The_cache_gives_the_zip_made_without_it_and_deflates_only_what_changed()
    {
        var (folder, paths) = Site();
        var cacheDir = Paths.TempDir("zip-cache");
        var deflated = paths.Count(p => !p.EndsWith(".woff2")) + 1;   // and MIRRORS.txt
        var (cold, coldCounts) = Cached(cacheDir, folder, paths);
        Assert.Equal(Zip(folder, paths), cold);
        Assert.Equal((0, deflated), coldCounts);

        // Warm, with the pages' hashes known (as in a build): nothing is deflated, and the zip is the same.
        var hashOf = (string p) => (byte[]?)System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, p)));
        var (warm, warmCounts) = Cached(cacheDir, folder, paths, hashOf);
        Assert.Equal(cold, warm);
        Assert.Equal((deflated, 0), warmCounts);

        // One page changed: it alone is deflated again, and the zip holds its new text.
        File.WriteAllText(Path.Combine(folder, "messages/m007.html"), "<p>پیام ویرایش‌شده</p>\n");
        var (changed, changedCounts) = Cached(cacheDir, folder, paths, hashOf);
        Assert.Equal(Zip(folder, paths), changed);
        Assert.Equal((deflated - 1, 1), changedCounts);
    }

    [Fact]
    public void A_cache_that_cannot_be_read_or_written_only_costs_time()
    {
        var (folder, paths) = Site();
        var want = Zip(folder, paths);
        // The cache's file is a folder: nothing is read from it and nothing written over it.
        var asFolder = Paths.TempDir("zip-cache-folder");
        Directory.CreateDirectory(Path.Combine(asFolder, "site-zip.cache"));
        Assert.Equal(want, Cached(asFolder, folder, paths).Zip);
        // The cache's folder cannot be made (a file stands where it would be).
        var blocked = Path.Combine(Paths.TempDir("zip-cache-blocked"), "site-zip");
        File.WriteAllText(blocked, "a file");
        Assert.Equal(want, Cached(Path.Combine(blocked, "inner"), folder, paths).Zip);
    }

    [Fact]
    public void A_cache_that_does_not_add_up_is_ignored()
    {
        var (folder, paths) = Site();
        var cacheDir = Paths.TempDir("zip-cache-bad");
        Cached(cacheDir, folder, paths);
        var file = Directory.GetFiles(cacheDir).Single();
        var bytes = File.ReadAllBytes(file);
        // Torn at the end, then garbage, then a cut in the middle: each time the zip is made from scratch and correct.
        foreach (var bad in new[] { bytes[..^5], System.Text.Encoding.UTF8.GetBytes("not a cache"), bytes[..(bytes.Length / 2)].Concat(bytes[^64..]).ToArray() })
        {
            File.WriteAllBytes(file, bad);
            var (zip, counts) = Cached(cacheDir, folder, paths);
            Assert.Equal(Zip(folder, paths), zip);
            Assert.Equal(0, counts.Hits);
        }
    }

    [Fact]
    public void Every_file_is_in_the_zip_in_order_byte_for_byte_with_a_fixed_date_and_readable_by_all()
    {
        var (folder, paths) = Site();
        var bytes = Zip(folder, paths);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal([.. paths.Select(p => "congress12/" + p), "congress12/MIRRORS.txt"], zip.Entries.Select(e => e.FullName));
        Assert.Equal("Messages — edition 2026-12-07", zip.Comment);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            // Reading to the end checks the entry's CRC: a wrong one throws.
            s.CopyTo(copy);
            var want = e.Name == "MIRRORS.txt" ? System.Text.Encoding.UTF8.GetBytes("نشانی‌ها\n") : File.ReadAllBytes(Path.Combine(folder, e.FullName["congress12/".Length..]));
            Assert.True(want.AsSpan().SequenceEqual(copy.ToArray()), $"{e.FullName} differs from the file");
            Assert.Equal(OfflineCopy.Stamp.DateTime, e.LastWriteTime.DateTime);
            Assert.Equal(Convert.ToInt32("100644", 8), e.ExternalAttributes >>> 16);
        }
        // The font is stored as it is (compressed already); the text is deflated.
        var font = zip.GetEntry("congress12/assets/fonts/vazirmatn-fa.woff2")!;
        Assert.Equal(font.Length, font.CompressedLength);
        var big = zip.GetEntry("congress12/big.html")!;
        Assert.True(big.CompressedLength < big.Length / 20, $"big.html: {big.CompressedLength} of {big.Length} bytes");
    }

    [Fact]
    public void The_same_files_make_the_same_zip()
    {
        var (folder, paths) = Site();
        Assert.True(Zip(folder, paths).AsSpan().SequenceEqual(Zip(folder, paths)), "two zips of the same files differ");
    }
}
