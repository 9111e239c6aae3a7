namespace Site.Import;

/// <summary>
/// A stretch of source lines that the segmenter found to be one document, with the reason its start was chosen
/// and, where it was a judgment call, a note for the editors' report.
/// </summary>
public sealed record Segment(IReadOnlyList<SourceLine> Lines, string StartReason, string? Doubt = null)
{
    public int FirstLine => Lines[0].Number;
    public int LastLine => Lines[^1].Number;
    public IEnumerable<SourceLine> Content => Lines.Where(l => l.Kind == LineKind.Content);
}
