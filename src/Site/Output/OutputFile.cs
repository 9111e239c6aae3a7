namespace Site.Output;

/// <summary>A file the build writes: its site-relative path and content.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => Text(path, text.AsSpan());
    public static OutputFile Text(string path, ReadOnlySpan<char> text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return new(path, bytes);
    }
}
