namespace Site.Import;

/// <summary>
/// Cuts the messages document into messages. Separator lines always cut. Where the source has no separator, a cut is
/// made between a sign-off (a short line: a name, a slogan, a date) and, after a blank line, an opening (a title or a
/// greeting), but only once the current message has some running text, so a title above a greeting stays together.
/// </summary>
public static class MessageSegmenter
{
    /// <summary>Lines that make a message's running text (not a title, name or slogan).</summary>
    const int BodyWords = 12;

    public static (IReadOnlyList<SourceLine> Header, IReadOnlyList<Segment> Messages) Segment(IReadOnlyList<SourceLine> lines)
    {
        // The document's first two content lines are the collection's title and subtitle.
        var contentIdx = lines.Select((l, i) => (l, i)).Where(p => p.l.Kind == LineKind.Content).Take(2).Select(p => p.i).ToList();
        var header = contentIdx.Select(i => lines[i]).ToList();
        int start = contentIdx.Count == 0 ? lines.Count : contentIdx[^1] + 1;

        var segments = new List<Segment>();
        var current = new List<SourceLine>();
        string reason = "after the collection's title";
        bool hasBody = false;
        SourceLine? lastContent = null;
        bool blankSinceLast = false;

        void Close()
        {
            // Leading and trailing blank lines belong to no message.
            var trimmed = current.SkipWhile(l => l.Kind != LineKind.Content).Reverse().SkipWhile(l => l.Kind != LineKind.Content).Reverse().ToList();
            if (trimmed.Count > 0) segments.Add(new Segment(trimmed, reason));
            current = [];
            hasBody = false;
            lastContent = null;
        }

        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Separator:
                    Close();
                    reason = $"separator on line {line.Number}";
                    continue;
                case LineKind.Blank:
                    blankSinceLast = true;
                    current.Add(line);
                    continue;
            }

            if (hasBody && lastContent is not null && blankSinceLast && Cues.IsSignOff(lastContent) && Cues.IsOpening(line))
            {
                Close();
                reason = $"no separator: sign-off on line {lines.Take(i).Last(l => l.Kind == LineKind.Content).Number}, then an opening";
            }
            current.Add(line);
            if (line.Words >= BodyWords) hasBody = true;
            lastContent = line;
            blankSinceLast = false;
        }
        Close();

        // A segment whose start was inferred is a judgment the editors should look at.
        var withDoubts = segments.Select(s => s.StartReason.StartsWith("no separator", StringComparison.Ordinal)
            ? s with { Doubt = "boundary without a separator line: " + s.StartReason } : s).ToList();
        return (header, withDoubts);
    }
}
