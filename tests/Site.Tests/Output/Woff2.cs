using System.Buffers.Binary;
using System.IO.Compression;

namespace Site.Tests.Output;

/// <summary>The characters a WOFF2 font maps (its cmap, formats 4 and 12), read without any font library.</summary>
public static class Woff2
{
    // WOFF2's known table tags are numbered; cmap is 0, hmtx 3, glyf 10, loca 11.
    public static HashSet<int> CodePoints(byte[] woff2)
    {
        var b = woff2.AsSpan();
        if (b[..4].SequenceEqual("wOF2"u8) is false) throw new InvalidDataException("not a WOFF2 file");
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(b[12..]);
        var totalCompressed = (int)BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        var pos = 48;
        int cmapOffset = -1, cmapLength = 0, offset = 0;
        for (var i = 0; i < numTables; i++)
        {
            var flags = b[pos++];
            var known = flags & 0x3F;
            string? tag = null;
            if (known == 0x3F) { tag = System.Text.Encoding.ASCII.GetString(b.Slice(pos, 4)); pos += 4; }
            var origLength = Base128(b, ref pos);
            var version = flags >> 6;
            var glyfOrLoca = known is 10 or 11;
            var transformed = glyfOrLoca ? version == 0 : version != 0;
            var length = transformed ? Base128(b, ref pos) : origLength;
            if (known == 0 || tag == "cmap") { cmapOffset = offset; cmapLength = (int)length; }
            offset += (int)length;
        }
        var data = new byte[offset];
        using (var brotli = new BrotliStream(new MemoryStream(woff2, pos, totalCompressed), CompressionMode.Decompress))
            brotli.ReadExactly(data);
        return Cmap(data.AsSpan(cmapOffset, cmapLength));
    }

    static uint Base128(ReadOnlySpan<byte> b, ref int pos)
    {
        uint value = 0;
        for (var i = 0; i < 5; i++)
        {
            var x = b[pos++];
            value = (value << 7) | (uint)(x & 0x7F);
            if ((x & 0x80) == 0) return value;
        }
        throw new InvalidDataException("bad UIntBase128");
    }

    static HashSet<int> Cmap(ReadOnlySpan<byte> t)
    {
        var set = new HashSet<int>();
        int count = BinaryPrimitives.ReadUInt16BigEndian(t[2..]);
        for (var i = 0; i < count; i++)
        {
            var off = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(4 + 8 * i + 4)..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(t[off..]);
            if (format == 4)
            {
                var segs = BinaryPrimitives.ReadUInt16BigEndian(t[(off + 6)..]) / 2;
                int ends = off + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
                for (var s = 0; s < segs; s++)
                {
                    int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + 2 * s)..]), start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + 2 * s)..]);
                    int delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + 2 * s)..]), ro = BinaryPrimitives.ReadUInt16BigEndian(t[(ranges + 2 * s)..]);
                    for (var c = start; c <= end && c != 0xFFFF; c++)
                    {
                        var g = ro == 0 ? (c + delta) & 0xFFFF : BinaryPrimitives.ReadUInt16BigEndian(t[(ranges + 2 * s + ro + 2 * (c - start))..]);
                        if (g != 0) set.Add(c);
                    }
                }
            }
            else if (format == 12)
            {
                var groups = BinaryPrimitives.ReadUInt32BigEndian(t[(off + 12)..]);
                for (var g = 0; g < groups; g++)
                {
                    var at = off + 16 + 12 * g;
                    for (var c = BinaryPrimitives.ReadUInt32BigEndian(t[at..]); c <= BinaryPrimitives.ReadUInt32BigEndian(t[(at + 4)..]); c++) set.Add((int)c);
                }
            }
        }
        return set;
    }
}
