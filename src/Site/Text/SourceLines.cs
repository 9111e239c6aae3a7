namespace Site.Text;

/// <summary>
/// A source document's lines as the whole project counts them: the importer numbers them, each document's provenance
/// names them ("lines 441 to 462"), the source's page shows them. A last line break ends the last line.
/// </summary>
public static class SourceLines
{
    public static List<string> Of(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
