namespace Site.Corpus;

/// <summary>
/// A message or a resolution as read from input/: what every document has (id, slug, title, topics, source, its
/// place in its series) and its body's paragraphs. Code that treats the two differently matches on the type.
/// </summary>
public abstract record Document(string Path, FrontMatterFile File, IReadOnlyList<Paragraph> Body)
{
    public IReadOnlyList<string> Paragraphs { get; } = Body.Select(p => p.Text).ToList();
    public abstract string Id { get; }
    public abstract string Slug { get; }
    public abstract string Title { get; }
    public abstract List<string> Topics { get; }
    public abstract SourceRef Source { get; }
    /// <summary>The place in its series: a message's order, a resolution's number.</summary>
    public abstract int Order { get; }
    /// <summary>The folder of its kind, in input/ and on the site: "messages" or "resolutions".</summary>
    public abstract string Section { get; }
}

/// <summary>A message to the Congress, with its sender, place and date.</summary>
public sealed record Message(string Path, FrontMatterFile File, IReadOnlyList<Paragraph> Body, MessageFrontMatter Meta) : Document(Path, File, Body)
{
    public const string Folder = "messages";
    public override string Id => Meta.Id;
    public override string Slug => Meta.Slug;
    public override string Title => Meta.Title;
    public override List<string> Topics => Meta.Topics;
    public override SourceRef Source => Meta.Source;
    public override int Order => Meta.Order;
    public override string Section => Folder;
    public string? Author => Meta.Author;
    public AuthorKind AuthorKind => Meta.AuthorKind;
    public string? Place => Meta.Place;
    public DateInfo? Date => Meta.Date;
    public string? DuplicateOf => Meta.DuplicateOf;
}

/// <summary>A resolution of the Congress (or one proposed to it).</summary>
public sealed record Resolution(string Path, FrontMatterFile File, IReadOnlyList<Paragraph> Body, ResolutionFrontMatter Meta) : Document(Path, File, Body)
{
    public const string Folder = "resolutions";
    public override string Id => Meta.Id;
    public override string Slug => Meta.Slug;
    public override string Title => Meta.Title;
    public override List<string> Topics => Meta.Topics;
    public override SourceRef Source => Meta.Source;
    public override int Order => Meta.Number;
    public override string Section => Folder;
    public int Number => Meta.Number;
    public bool Proposed => Meta.Proposed;
}
