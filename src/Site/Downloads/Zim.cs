using Site.Output;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Site.Model;
using Site.Project;

namespace Site.Downloads;

/// <summary>
/// download/congress12-&lt;lang&gt;.zim: the site as a ZIM file, which the Kiwix apps read offline (on Android too) and
/// kiwix-serve serves; written by Debian's zimwriterfs (package zim-tools). Without zimwriterfs the build makes no
/// ZIM and warns.
/// </summary>
public static class Zim
{
    public static string NameFor(string lang) => $"congress12-{lang}.zim";
    const string Illustration = "zim-illustration.png";

    /// <summary>The ZIM of the site files under <paramref name="dir"/> (relative paths <paramref name="files"/>), or a warning.</summary>
    /// <param name="hashes">The SHA-256 of files as they were written (<see cref="Output.OutputFolder.Hashes"/>); the others are read.</param>
    /// <param name="extra">Files for the ZIM alone (the search's records: the ZIM has no Pagefind index, and is made without Kiwix's full-text index).</param>
    public static (byte[]? Zim, Diagnostic? Warning) Make(SiteModel site, string dir, IReadOnlyList<string> files, string lang, bool useCache = true,
        IReadOnlyDictionary<string, byte[]>? hashes = null, IReadOnlyList<OutputFile>? extra = null)
    {
        extra ??= [];
        var title = Cut(lang == "fa" ? site.Config.Title.Fa : site.Config.Title.En, 30);
        var description = Cut(lang == "fa" ? site.Config.Description.Fa : site.Config.Description.En, 80);
        // The file records the day it was written; the edition's day instead keeps builds of one commit identical.
        var day = site.Edition?.Date ?? OfflineCopy.Stamp.ToString("yyyy-MM-dd");
        string[] args = ["--withoutFTIndex", "-w", Urls.HomeOf(lang), "-I", Illustration, "-l", lang == "fa" ? "fas" : Iso639_3(lang),
            "-t", title, "-d", description, "-c", site.Config.Title.En, "-p", site.Config.Title.En, "-n", $"congress12_{lang}"];

        // The same files and settings make the same ZIM: keep it by content hash (zimwriterfs takes seconds even for a small site).
        var key = CacheKey([.. args, day, .. extra.Select(e => e.Path + "\0" + Convert.ToHexString(SHA256.HashData(e.Content)))], dir, files, hashes);
        var cache = Path.Combine(NodePackages.Cache(site.Config.Root, "site-zim"), key + ".zim");
        if (useCache && File.Exists(cache)) return (File.ReadAllBytes(cache), null);

        var work = ProjectFiles.NewTempFolder("site-zim");
        var content = Path.Combine(work, "site");
        try
        {
            foreach (var f in files)
            {
                var to = Path.Combine(content, f);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(Path.Combine(dir, f), to);
            }
            foreach (var e in extra)
            {
                var to = Path.Combine(content, e.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.WriteAllBytes(to, e.Content);
            }
            File.WriteAllBytes(Path.Combine(content, Illustration), Png(48, 48, (0x8a, 0x1c, 0x1c)));
            var output = Path.Combine(work, NameFor(lang));
            // Every core compresses: the clusters come out the same whatever the count (only the random UUID differs,
            // which is replaced below).
            string[] zimwriter = ["zimwriterfs", "-J", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), .. args, content, output];
            var run = ChildProcess.RunCapturing("faketime", [$"{day} 00:00:00", .. zimwriter]) ?? ChildProcess.RunCapturing(zimwriter[0], zimwriter[1..]);
            if (run is null)
                return (null, new Diagnostic("download/" + NameFor(lang), 0, "zimwriterfs is not installed, so the build made no Kiwix (ZIM) copy",
                    "Install Debian's zim-tools (and faketime, which keeps the file the same from build to build): apt-get install zim-tools faketime", Severity.Warning));
            if (run.Value.ExitCode != 0 || !File.Exists(output))
                throw new SiteError("download/" + NameFor(lang), 0, "zimwriterfs failed: " + (run.Value.Errors.Length > 0 ? run.Value.Errors : run.Value.Output).Trim().Split('\n').Last(),
                    "Run the build again; if it persists, report the message.");
            var bytes = Settle(File.ReadAllBytes(output), key);
            // A cache that cannot be written only costs the making next time.
            try { OutputFolder.ReplaceInto(Path.GetDirectoryName(cache)!, new OutputFile(Path.GetFileName(cache), bytes)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            return (bytes, null);
        }
        finally { if (Directory.Exists(work)) Directory.Delete(work, true); }
    }

    /// <summary>The ZIM's cache key: its settings, and each file's name and SHA-256 (from <paramref name="hashes"/> when it has the file).</summary>
    internal static string CacheKey(IEnumerable<string> settings, string dir, IReadOnlyList<string> files, IReadOnlyDictionary<string, byte[]>? hashes = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var a in settings) sha.AppendData(Encoding.UTF8.GetBytes(a + "\0"));
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(f + "\0"));
            if (hashes is not null && hashes.TryGetValue(f, out var known)) { sha.AppendData(known); continue; }
            // Streamed (the hash's own pooled buffer, no buffer of the stream's).
            using var file = new FileStream(Path.Combine(dir, f), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            sha.AppendData(SHA256.HashData(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// zimwriterfs gives every file a random UUID (in the header, and in the Xapian title index): derived from the
    /// content instead, with the file's MD5 checksum made again, the same input gives the same bytes.
    /// </summary>
    public static byte[] Settle(byte[] zim, string key)
    {
        var uuid = SHA256.HashData(Encoding.ASCII.GetBytes(key))[..16];
        uuid.CopyTo(zim, 8);
        var marker = "Xapian Glass"u8.ToArray();
        for (var at = zim.AsSpan().IndexOf(marker); at >= 0;)
        {
            uuid.CopyTo(zim, at + marker.Length + 2);
            var next = zim.AsSpan(at + 1).IndexOf(marker);
            at = next < 0 ? -1 : at + 1 + next;
        }
        var checksumPos = (int)BitConverter.ToUInt64(zim, 72);
        MD5.HashData(zim.AsSpan(0, checksumPos)).CopyTo(zim, checksumPos);
        return zim;
    }

    static string Cut(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 1);
        return s[..(cut > max / 2 ? cut : max - 1)].TrimEnd('،', ',', ' ') + "…";
    }

    static string Iso639_3(string lang) => lang switch { "en" => "eng", "ar" => "ara", "de" => "deu", "fr" => "fra", "es" => "spa", "ckb" => "ckb", "ku" => "kur", "tr" => "tur", _ => lang };

    /// <summary>A plain square PNG (the ZIM's 48×48 illustration, which zimwriterfs requires).</summary>
    static byte[] Png(int w, int h, (byte R, byte G, byte B) c)
    {
        var raw = new byte[h * (1 + 3 * w)];
        for (var y = 0; y < h; y++) for (var x = 0; x < w; x++) { var i = y * (1 + 3 * w) + 1 + 3 * x; (raw[i], raw[i + 1], raw[i + 2]) = (c.R, c.G, c.B); }
        using var z = new MemoryStream();
        using (var zl = new ZLibStream(z, CompressionLevel.SmallestSize, leaveOpen: true)) zl.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var t = Encoding.ASCII.GetBytes(type);
            png.Write(BigEndian((uint)data.Length));
            png.Write(t); png.Write(data);
            png.Write(BigEndian(Crc32([.. t, .. data])));
        }
        Chunk("IHDR", [.. BigEndian((uint)w), .. BigEndian((uint)h), 8, 2, 0, 0, 0]);
        Chunk("IDAT", z.ToArray());
        Chunk("IEND", []);
        return png.ToArray();
    }

    static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    static byte[] BigEndian(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
}
