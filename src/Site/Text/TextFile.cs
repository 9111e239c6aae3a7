using System.Buffers;
using System.Text;

namespace Site.Text;

/// <summary>
/// Reads a corpus or translation file into a string (UTF-8, its byte-order mark allowed), allocating only the string.
/// ReadAllText goes through a StreamReader and a StringBuilder, short-lived buffers several times the file's size,
/// which the collector then pays for in pauses (bench/RESULTS.md). Unlike ReadAllText it refuses what is not UTF-8
/// text instead of publishing it as mojibake, and files larger than any message or translation could be.
/// </summary>
public static class TextFile
{
    /// <summary>Generous: the longest message is some 20 KB; a file beyond this is a mistake that would cost a
    /// minute and gigabytes to build.</summary>
    public const int MaxBytes = 1 << 20;

    /// <exception cref="InvalidTextException">The file is not UTF-8 text, or too large.</exception>
    public static string Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxBytes)
            throw new InvalidTextException(1, $"the file is {length / 1024.0 / 1024:0.0} MB; a file here may be at most {MaxBytes >> 20} MB",
                "Check that this is the file you meant (not a copy of something else); a text this long belongs in several files.");
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            var bytes = buffer.AsSpan(0, read);
            // UTF-16 with its byte-order mark reads, but a pull request of it shows on GitHub as a binary file no
            // reviewer can read, and every other file is UTF-8: refused as UTF-16 without the mark is.
            if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..])
                throw new InvalidTextException(1, "the file is saved as UTF-16 ('Unicode' in Windows Notepad), not UTF-8", SaveAsUtf8);
            if (bytes is [0xEF, 0xBB, 0xBF, ..]) bytes = bytes[3..];
            CheckUtf16(bytes);
            // Checked and decoded in one pass (checking first, then GetString, read the bytes three times).
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                if (System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var good, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    throw NotUtf8(bytes, good);
                return new string(chars, 0, written);
            }
            finally { ArrayPool<char>.Shared.Return(chars); }
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    const string SaveAsUtf8 = "Save it as UTF-8: in your editor's 'Save as' (or 'Encoding') menu choose UTF-8, then check that the line's letters look right.";

    static void CheckUtf16(ReadOnlySpan<byte> bytes)
    {
        // Zero bytes between the letters: UTF-16 saved without its byte-order mark. (A single zero byte is left to the
        // check for control characters, which names its line.)
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        if (head.Length >= 4 && head.Count((byte)0) * 4 >= head.Length)
            throw new InvalidTextException(1, "the file is saved as UTF-16 (two bytes a letter, without a byte-order mark), not UTF-8", SaveAsUtf8);
    }

    /// <summary>The first byte that is not UTF-8 (at <paramref name="good"/>), on its line.</summary>
    static InvalidTextException NotUtf8(ReadOnlySpan<byte> bytes, int good) =>
        new(bytes[..good].Count((byte)'\n') + 1, $"the file is not UTF-8: byte 0x{bytes[good]:X2} on this line is not UTF-8 (the file was probably saved in an old encoding: Windows-1256 (Arabic), Windows-1252, Latin-1 or another)", SaveAsUtf8);
}

/// <summary>A file that cannot be read as text: the line and the fix, for the caller to name the file.</summary>
public sealed class InvalidTextException(int line, string problem, string fix) : Exception(problem)
{
    public int Line { get; } = line;
    public string Problem { get; } = problem;
    public string Fix { get; } = fix;
}
