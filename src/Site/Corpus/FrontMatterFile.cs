namespace Site.Corpus;

/// <summary>A Markdown file with a YAML front-matter block between two "---" lines.</summary>
public sealed record FrontMatterFile(string Path, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatterFile Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        // Control characters are invisible in an editor and not allowed in the site's XML (feeds, EPUB).
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].FirstOrDefault(c => c < ' ' && c != '\t' && c != '\r') is var bad && bad != default)
                throw new SiteError(path, i + 1, $"the line holds an invisible control character (U+{(int)bad:X4})",
                    "Delete the character: retype the line, or paste it through a plain-text editor.");
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new SiteError(path, 1, "the file does not start with front-matter",
                "The first line must be '---', followed by the YAML fields, then another '---' line, then the text.");
        int end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
            throw new SiteError(path, lines.Length, "the front-matter is not closed",
                "Add a line with '---' after the last YAML field, before the text.");
        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        return new FrontMatterFile(path, yaml, 2, body, end + 2);
    }

    /// <summary>The file line of a front-matter key (for errors), or the first YAML line.</summary>
    public int LineOf(string key)
    {
        var lines = Yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith(key + ":", StringComparison.Ordinal)) return YamlFirstLine + i;
        return YamlFirstLine;
    }
}
