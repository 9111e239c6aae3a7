using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using ICSharpCode.SharpZipLib.Zip;

namespace Site.Downloads;

/// <summary>
/// A zip written entry by entry from entries deflated beforehand (<see cref="PackBytes"/>, on any thread), each
/// recorded in the cache when one is given: the offline copy and the books. Entries are stamped with a fixed date and
/// made readable by all, so the same input gives the same archive.
/// </summary>
public sealed class ZipWriter : IDisposable
{
    readonly ZipOutputStream zip;
    readonly Stream into;
    readonly long start;

    /// <summary>The cache, when <c>into</c> can seek (the cache needs each entry's place in the zip).</summary>
    public ZipCache? Cache { get; }

    public ZipWriter(Stream into, ZipCache? cache, string? comment = null)
    {
        this.into = into;
        Cache = into.CanSeek ? cache : null;
        start = into.CanSeek ? into.Position : 0;
        zip = new ZipOutputStream(into) { IsStreamOwner = false, NameTransform = null, UseZip64 = UseZip64.Dynamic };
        if (comment is not null) zip.SetComment(comment);
    }

    /// <summary>Adds an entry of these bytes (stored as they are when <paramref name="stored"/>, else deflated).</summary>
    public void Add(string name, ReadOnlySpan<byte> bytes, bool stored = false)
    {
        var p = PackBytes(name, bytes, stored, Cache);
        try { Write(p); }
        finally { ArrayPool<byte>.Shared.Return(p.Data); }
    }

    internal void Write(Packed p)
    {
        var entry = new ZipEntry(p.Name)
        {
            DateTime = OfflineCopy.Stamp.DateTime, Size = p.Size, CompressedSize = p.Length, Crc = p.Crc,
            CompressionMethod = p.Stored ? CompressionMethod.Stored : CompressionMethod.Deflated,
            // Made on Unix, readable by all (rw-r--r--): unzipped on a phone or a shared computer, the copy opens for anyone.
            HostSystem = (int)HostSystemID.Unix, ExternalFileAttributes = Convert.ToInt32("100644", 8) << 16,
        };
        if (p.Stored) zip.PutNextEntry(entry);
        else zip.PutNextPassthroughEntry(entry);
        var at = into.CanSeek ? into.Position : 0;
        zip.Write(p.Data, 0, p.Length);
        zip.CloseEntry();
        if (Cache is not null && p.Sha is { } sha) Cache.Record(sha, new ZipCache.Entry(at - start, p.Length, p.Crc, p.Size));
    }

    /// <summary>Writes the zip's directory, then keeps the zip in the cache.</summary>
    public void Finish()
    {
        zip.Finish();
        if (Cache is null) return;
        var end = into.Position;
        into.Position = start;
        Cache.Save(into, end - start);
        into.Position = end;
    }

    public void Dispose() => zip.Dispose();

    /// <summary>An entry of these bytes: stored as they are, or deflated (by the cache when it has them).</summary>
    internal static Packed PackBytes(string name, ReadOnlySpan<byte> bytes, bool stored, ZipCache? cache, byte[]? sha = null)
    {
        if (stored)
        {
            var copy = ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(copy);
            return new Packed(name, copy, bytes.Length, bytes.Length, Crc32.HashToUInt32(bytes), Stored: true);
        }
        if (cache is not null && sha is null)
        {
            sha = System.Security.Cryptography.SHA256.HashData(bytes);
            if (cache.TryTake(sha, out var hit, out var cached)) return new Packed(name, cached!, hit.Length, hit.Size, hit.Crc, Stored: false, sha);
        }
        var deflated = new PooledWriter(bytes.Length / 3 + 64);
        using (var d = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true)) d.Write(bytes);
        return new Packed(name, deflated.Buffer, deflated.Written, bytes.Length, Crc32.HashToUInt32(bytes), Stored: false, sha);
    }

    /// <summary>An entry ready to be written: its bytes as they go into the zip (a pooled buffer), their CRC and sizes,
    /// and the content's SHA-256 when a cache keeps it.</summary>
    internal readonly record struct Packed(string Name, byte[] Data, int Length, long Size, uint Crc, bool Stored, byte[]? Sha = null);

    /// <summary>A write-only stream into a buffer from the shared pool, which the caller returns to it.</summary>
    sealed class PooledWriter(int capacity) : Stream
    {
        public byte[] Buffer { get; private set; } = ArrayPool<byte>.Shared.Rent(capacity);
        public int Written => length;
        public override long Length => length;
        int length;

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            if (length + bytes.Length > Buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(Buffer.Length * 2, length + bytes.Length));
                Buffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = bigger;
            }
            bytes.CopyTo(Buffer.AsSpan(length));
            length += bytes.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
