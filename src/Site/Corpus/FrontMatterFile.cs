using Site.Project;

namespace Site.Corpus;

/// <summary>A Markdown file with a YAML front-matter block between two "---" lines.</summary>
public sealed record FrontMatterFile(string Path, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatterFile Parse(string path, string text)
    {
        // Windows' line ends, and old Macs' (a CR alone), are lines as any other.
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        // Control characters are invisible in an editor and not allowed in the site's XML (feeds, EPUB).
        var at = Text.Unshowable.IndexIn(text);
        if (at >= 0)
            throw new SiteError(path, LineAt(text, at), $"the line holds {Text.Unshowable.Describe(text[at])}",
                "Delete the character: retype the line, or paste it through a plain-text editor.");
        var firstEnd = EndOfLine(text, 0);
        if (!text.AsSpan(0, firstEnd).Trim().SequenceEqual("---"))
            throw new SiteError(path, 1, "the file does not start with front-matter",
                "The first line must be '---', followed by the YAML fields, then another '---' line, then the text.");
        // The closing line: the next line that is "---".
        int start = firstEnd + 1, line = 2;
        while (start <= text.Length)
        {
            var end = EndOfLine(text, start);
            if (text.AsSpan(start, end - start).Trim().SequenceEqual("---"))
            {
                var yaml = text[Math.Min(firstEnd + 1, start)..Math.Max(start - 1, Math.Min(firstEnd + 1, start))];
                var body = end + 1 <= text.Length ? text[(end + 1)..] : "";
                return new FrontMatterFile(path, yaml, 2, body, line + 1);
            }
            start = end + 1;
            line++;
        }
        throw new SiteError(path, line - 1, "the front-matter is not closed",
            "Add a line with '---' after the last YAML field, before the text.");
    }

    static int EndOfLine(string text, int from)
    {
        var nl = text.IndexOf('\n', from);
        return nl < 0 ? text.Length : nl;
    }

    static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The file line of a front-matter key (for errors), or the first YAML line.</summary>
    public int LineOf(string key)
    {
        var lines = Yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith(key + ":", StringComparison.Ordinal)) return YamlFirstLine + i;
        return YamlFirstLine;
    }
}
