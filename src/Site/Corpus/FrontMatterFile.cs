namespace Site.Corpus;

/// <summary>A Markdown file with a YAML front-matter block between two "---" lines.</summary>
public sealed record FrontMatterFile(string Path, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatterFile Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
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
