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
        { "UTF-16 with its byte-order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title: پیام\n")] },
        { "UTF-16 big-endian with its byte-order mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("title: پیام\n")] },
        { "bytes that are not UTF-8", [0x74, 0xC3, 0x28, 0xFF, 0x0A] },
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
}
