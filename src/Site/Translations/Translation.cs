using Site.Corpus;

namespace Site.Translations;

public enum TranslationStatus { Draft, Reviewed }

/// <summary>Front-matter of a translation file: input/translations/&lt;lang&gt;/{messages,resolutions}/&lt;slug&gt;.md.</summary>
public sealed record TranslationFrontMatter
{
    /// <summary>The original's id, e.g. msg-015.</summary>
    public string TranslationOf { get; init; } = "";
    public string Lang { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The sender's name in this language.</summary>
    public string? Author { get; init; }
    public List<string> Translators { get; init; } = [];
    public TranslationStatus? Status { get; init; }
    /// <summary>The hash of each paragraph of the original when it was translated (normalized text, short hex).</summary>
    public List<string> SourceHashes { get; init; } = [];
}

/// <summary>A translation read and aligned: paragraph i translates paragraph i of the original.</summary>
public sealed record Translation(
    string Path, TranslationFrontMatter Meta, Document Original,
    IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<bool> Stale)
{
    public string Lang => Meta.Lang;
    /// <summary>The file's front matter as written: what lists show of the translation (title, translators, status) comes from it.</summary>
    public string FrontMatter { get; init; } = "";
    /// <summary>Each slot's text as the volunteer typed it (Markdown), for improving it in the workbench.</summary>
    public IReadOnlyList<string> SlotTexts { get; init; } = [];
    /// <summary>
    /// Each paragraph of the original as it stood when it was translated, from the file's anchor comment, where that
    /// comment still holds it (its hash is the pinned one); null where it does not.
    /// </summary>
    public IReadOnlyList<string?> PinnedWording { get; init; } = [];
    /// <summary>What changed in paragraph i of the original since it was translated, word by word; null if it did not, or the old wording is not known.</summary>
    public IReadOnlyList<DiffPiece>? ChangeIn(int i) =>
        IsStale(i) && i < PinnedWording.Count && PinnedWording[i] is { } was ? WordDiff.Between(was, Original.Paragraphs[i]) : null;
    public bool IsStale(int i) => i < Stale.Count && Stale[i];
    public int StaleCount => Stale.Count(s => s);
}
