using System.Buffers;
using System.Text;

namespace Site.Text;

/// <summary>
/// Reads a corpus file into a string as File.ReadAllText does (UTF-8, a byte-order mark honoured), allocating only the
/// string. ReadAllText goes through a StreamReader and a StringBuilder, short-lived buffers several times the file's
/// size, which the collector then pays for in pauses (bench/RESULTS.md).
/// </summary>
public static class TextFile
{
    public static string Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength) return File.ReadAllText(path);
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            var bytes = buffer.AsSpan(0, read);
            // Another encoding's byte-order mark: let ReadAllText detect and decode it.
            if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..]) return File.ReadAllText(path);
            return Encoding.UTF8.GetString(bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes);
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}
