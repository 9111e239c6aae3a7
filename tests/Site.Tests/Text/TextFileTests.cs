using System.Text;
using Site.Text;

namespace Site.Tests.Text;

public class TextFileTests
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "UTF-8", Encoding.UTF8.GetBytes("---\ntitle: پیام\n---\n\nمتن\u200Cها\n") },
        { "UTF-8 with its byte-order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("title: پیام\n")] },
        { "longer than a pooled buffer's first size", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("کارگران جهان متحد شوید\n", 3000))) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_every_file_as_File_ReadAllText_does(string what, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textfile-{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, bytes);
        try { Assert.True(File.ReadAllText(path) == TextFile.Read(path), what); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_missing_file_throws_what_File_ReadAllText_throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"textfile-{Guid.NewGuid():N}.md");
        Assert.Equal(Assert.ThrowsAny<IOException>(() => File.ReadAllText(path)).GetType(), Assert.ThrowsAny<IOException>(() => TextFile.Read(path)).GetType());
    }

    public static TheoryData<string, byte[], int, string> NotUtf8 => new()
    {
        { "Latin-1 on the third line", [.. Encoding.UTF8.GetBytes("---\ntitle: x\nauthor: Jos"), 0xE9, .. "\n---\n"u8], 3, "byte 0xE9 on this line is not UTF-8" },
        { "a broken sequence on the first line", [0x74, 0xC3, 0x28, 0xFF, 0x0A], 1, "byte 0xC3 on this line is not UTF-8" },
        { "UTF-16 without a byte-order mark", Encoding.Unicode.GetBytes("---\ntitle: Jose\n---\n"), 1, "saved as UTF-16" },
        { "UTF-16 big-endian without a byte-order mark", Encoding.BigEndianUnicode.GetBytes("---\ntitle: پیام\n---\n"), 1, "saved as UTF-16" },
        // It read, but GitHub shows such a pull request as a binary file that no reviewer can read.
        { "UTF-16 with its byte-order mark (Notepad's 'Unicode')", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title: پیام\n")], 1, "saved as UTF-16 ('Unicode' in Windows Notepad)" },
        { "UTF-16 big-endian with its byte-order mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("title: پیام\n")], 1, "saved as UTF-16" },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void A_file_that_is_not_utf8_is_refused_with_its_first_bad_line_and_the_fix(string what, byte[] bytes, int line, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textfile-{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, bytes);
        try
        {
            var e = Assert.Throws<InvalidTextException>(() => TextFile.Read(path));
            Assert.True(e.Line == line, $"{what}: line {e.Line}");
            Assert.Contains(problem, e.Problem);
            Assert.Contains("Save it as UTF-8", e.Fix);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"textfile-{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, new byte[TextFile.MaxBytes + 1]);
        try { Assert.Contains("at most 1 MB", Assert.Throws<InvalidTextException>(() => TextFile.Read(path)).Problem); }
        finally { File.Delete(path); }
    }
}
