using System.Buffers.Binary;
using System.Text;

namespace Site.Downloads;

/// <summary>
/// The last zip the build made, kept with an index of its entries by the SHA-256 of their content: the next zip takes
/// the deflated bytes of every file that has not changed from it instead of deflating them again (at 10,000 documents,
/// 5 s of CPU, most of the zip's time). One file, replaced whole by a rename, so a build that reads it while another
/// writes it sees the old one or the new one; anything that does not add up (a torn file, another program's zlib) is
/// ignored and the zip is made from scratch. The bytes taken are the bytes this program's deflate made for the same
/// content, so the zip is the same as without the cache.
/// </summary>
public sealed class ZipCache : IDisposable
{
    /// <summary>What the deflated bytes depend on besides the content: this format, the level, the runtime's zlib.</summary>
    static readonly byte[] Stamp = Encoding.UTF8.GetBytes($"site zip cache 1; deflate optimal; .NET {Environment.Version}");

    const int RecordSize = 32 + 8 + 4 + 4 + 8;   // SHA-256, offset of the data, compressed length, CRC-32, size

    public readonly record struct Entry(long Offset, int Length, uint Crc, long Size);

    readonly string file;
    readonly Microsoft.Win32.SafeHandles.SafeFileHandle? handle;
    readonly Dictionary<UInt128Pair, Entry> old = [];
    readonly List<(byte[] Sha, Entry Entry)> made = [];
    int hits, misses;

    /// <summary>Files whose deflated bytes came from the cache, and files deflated this time.</summary>
    public (int Hits, int Misses) Counts => (hits, misses);

    ZipCache(string file)
    {
        this.file = file;
        try
        {
            handle = File.OpenHandle(file);
            if (ReadIndex()) return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        // No cache, or one that cannot be read or does not add up: the zip is made from scratch.
        handle?.Dispose();
        handle = null;
        old.Clear();
    }

    /// <summary>The cache named <paramref name="name"/> in <paramref name="folder"/> (created when a zip is saved into it).</summary>
    public static ZipCache Open(string folder, string name = "site-zip") => new(Path.Combine(folder, name + ".cache"));

    /// <summary>File layout: the zip, then the index (records), then the stamp, the record count and the zip's length.</summary>
    bool ReadIndex()
    {
        var length = RandomAccess.GetLength(handle!);
        var tail = new byte[Stamp.Length + 16];
        if (length < tail.Length || RandomAccess.Read(handle!, tail, length - tail.Length) != tail.Length) return false;
        if (!tail.AsSpan(0, Stamp.Length).SequenceEqual(Stamp)) return false;
        var count = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(Stamp.Length));
        var zipLength = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(Stamp.Length + 8));
        if (count < 0 || zipLength < 0 || zipLength + count * RecordSize + tail.Length != length) return false;
        var index = new byte[count * RecordSize];
        if (RandomAccess.Read(handle!, index, zipLength) != index.Length) return false;
        for (var i = 0; i < count; i++)
        {
            var r = index.AsSpan(i * RecordSize, RecordSize);
            var entry = new Entry(BinaryPrimitives.ReadInt64LittleEndian(r[32..]), BinaryPrimitives.ReadInt32LittleEndian(r[40..]),
                BinaryPrimitives.ReadUInt32LittleEndian(r[44..]), BinaryPrimitives.ReadInt64LittleEndian(r[48..]));
            if (entry.Offset < 0 || entry.Length < 0 || entry.Offset + entry.Length > zipLength) return false;
            old[new UInt128Pair(r[..32])] = entry;
        }
        return true;
    }

    /// <summary>The deflated bytes of content with this SHA-256, in a pooled buffer (<paramref name="data"/>), when the last zip had it.</summary>
    public bool TryTake(byte[] sha, out Entry entry, out byte[]? data)
    {
        data = null;
        if (handle is null || !old.TryGetValue(new UInt128Pair(sha), out entry))
        {
            Interlocked.Increment(ref misses);
            entry = default;
            return false;
        }
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(entry.Length);
        int read = 0, n;
        while (read < entry.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, entry.Length - read), entry.Offset + read)) > 0) read += n;
        if (read != entry.Length)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            Interlocked.Increment(ref misses);
            return false;
        }
        Interlocked.Increment(ref hits);
        data = buffer;
        return true;
    }

    /// <summary>Where the new zip holds the deflated bytes of content with this SHA-256 (called in the zip's order).</summary>
    public void Record(byte[] sha, Entry entry) => made.Add((sha, entry));

    /// <summary>
    /// Keeps the new zip (its first <paramref name="length"/> bytes read from <paramref name="zip"/>) when it deflated
    /// anything the cache did not have; a zip made wholly from the cache is already in it.
    /// </summary>
    public void Save(Stream zip, long length)
    {
        if (misses == 0 && handle is not null) return;
        var staged = file + "." + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var to = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                zip.Position = 0;
                var buffer = new byte[1 << 16];
                for (long left = length; left > 0;)
                {
                    var n = zip.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                    if (n <= 0) throw new IOException("the zip ended early");
                    to.Write(buffer, 0, n);
                    left -= n;
                }
                var record = new byte[RecordSize];
                foreach (var (sha, e) in made)
                {
                    sha.CopyTo(record, 0);
                    BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(32), e.Offset);
                    BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(40), e.Length);
                    BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(44), e.Crc);
                    BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(48), e.Size);
                    to.Write(record);
                }
                to.Write(Stamp);
                Span<byte> tail = stackalloc byte[16];
                BinaryPrimitives.WriteInt64LittleEndian(tail, made.Count);
                BinaryPrimitives.WriteInt64LittleEndian(tail[8..], length);
                to.Write(tail);
            }
            File.Move(staged, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next zip slower.
            try { File.Delete(staged); } catch (Exception) { }
        }
    }

    public void Dispose() => handle?.Dispose();

    /// <summary>A SHA-256 as a dictionary key.</summary>
    readonly record struct UInt128Pair(UInt128 High, UInt128 Low)
    {
        public UInt128Pair(ReadOnlySpan<byte> sha) : this(BinaryPrimitives.ReadUInt128LittleEndian(sha), BinaryPrimitives.ReadUInt128LittleEndian(sha[16..])) { }
    }
}
