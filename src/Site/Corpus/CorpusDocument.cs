namespace Site.Corpus;

public enum DocumentKind { Message, Resolution }

/// <summary>A message or a resolution as read from input/: its typed front-matter, its Markdown body and the body's paragraphs.</summary>
public sealed record CorpusDocument(
    DocumentKind Kind, string Path, FrontMatterFile File,
    MessageFrontMatter? Message, ResolutionFrontMatter? Resolution,
    IReadOnlyList<Paragraph> Body)
{
    public IReadOnlyList<string> Paragraphs { get; } = Body.Select(p => p.Text).ToList();
    public string Id => Message?.Id ?? Resolution!.Id;
    public string Slug => Message?.Slug ?? Resolution!.Slug;
    public string Title => Message?.Title ?? Resolution!.Title;
    public List<string> Topics => Message?.Topics ?? Resolution!.Topics;
    public SourceRef Source => Message?.Source ?? Resolution!.Source;
    public int Order => Message?.Order ?? Resolution!.Number;
    public string Section => Kind == DocumentKind.Message ? "messages" : "resolutions";
}
