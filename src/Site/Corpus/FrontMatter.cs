namespace Site.Corpus;

// Typed front-matter records. YAML keys are the snake_case forms of these property names.

public enum AuthorKind { Person, Group, Unsigned }

/// <summary>Where a document's text stands in the source: file and inclusive line range; the title's line if it is one.</summary>
public sealed record SourceRef
{
    public string File { get; init; } = "";
    public int FirstLine { get; init; }
    public int LastLine { get; init; }
    public int? TitleLine { get; init; }
    /// <summary>
    /// The title line as the source writes it, where an editor gave the document another title. The line stays
    /// out of the body, so that no paragraph is renumbered (their anchors are what readers cite and translators align to).
    /// </summary>
    public string? Heading { get; init; }
}

/// <summary>A date as the text writes it, with the Jalali and Gregorian (ISO 8601) forms where they can be derived.</summary>
public sealed record DateInfo
{
    public string Written { get; init; } = "";
    /// <summary>Jalali year-month(-day), e.g. 1400-08 or 1400-08-19.</summary>
    public string? Jalali { get; init; }
    /// <summary>Gregorian, e.g. 2021-11-10; only when the day is known.</summary>
    public string? Iso { get; init; }

    /// <summary>
    /// <see cref="Iso"/> as a date, when it is one written yyyy-mm-dd. Read by hand: the runtime's exact parsing
    /// matches a pattern through culture-aware comparison, slow enough to show on every list page. Not a field of
    /// the file: the importer must not write it.
    /// </summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public DateOnly? IsoDate
    {
        get
        {
            if (Iso is not { Length: 10 } s || s[4] != '-' || s[7] != '-') return null;
            static bool Number(ReadOnlySpan<char> digits, out int n)
            {
                n = 0;
                foreach (var c in digits) { if (!char.IsAsciiDigit(c)) return false; n = n * 10 + (c - '0'); }
                return true;
            }
            if (!Number(s.AsSpan(0, 4), out var y) || !Number(s.AsSpan(5, 2), out var m) || !Number(s.AsSpan(8, 2), out var d)) return null;
            return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
        }
    }
}

public sealed record MessageFrontMatter
{
    public string Id { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Kind { get; init; } = "message";
    public int Order { get; init; }
    public string Title { get; init; } = "";
    public string? Author { get; init; }
    public AuthorKind AuthorKind { get; init; }
    public string? Place { get; init; }
    public DateInfo? Date { get; init; }
    public List<string> Topics { get; init; } = [];
    public SourceRef Source { get; init; } = new();
    public string? DuplicateOf { get; init; }
}

public sealed record ResolutionFrontMatter
{
    public string Id { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Kind { get; init; } = "resolution";
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public bool Proposed { get; init; }
    public List<string> Topics { get; init; } = [];
    public SourceRef Source { get; init; } = new();
}

/// <summary>The collection's own title and subtitle (the messages document's first two lines).</summary>
public sealed record CollectionInfo
{
    public string Title { get; init; } = "";
    public string Subtitle { get; init; } = "";
    public SourceRef Source { get; init; } = new();
}

public sealed record Topic
{
    public string Slug { get; init; } = "";
    public string Fa { get; init; } = "";
    public string En { get; init; } = "";
    public string Description { get; init; } = "";
    public List<string> Keywords { get; init; } = [];
}

public sealed record TopicsFile
{
    public List<Topic> Topics { get; init; } = [];
}
