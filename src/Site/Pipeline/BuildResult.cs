using Site.Project;

namespace Site.Pipeline;

/// <summary>What a build made: pages, files, bytes, its warnings, and how long each step took.</summary>
public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<(string Step, TimeSpan Time)> Steps)
{
    /// <summary>The preview's rebuild after a save: how many files differed and were written (null for a whole build, and Pages is then how many pages were laid out).</summary>
    public int? Rewritten { get; init; }
}

/// <summary>What to build besides the pages.</summary>
/// <param name="PagesOnly">Only pages, feeds and assets: no search index, no downloads (for quick previews and like-for-like benchmarks).</param>
/// <param name="SigningKey">A minisign secret key (its text or its file) to sign download/SHA256SUMS with; the
/// command line takes it from the environment (<see cref="Downloads.Checksums.SecretKeyVariable"/>).</param>
/// <param name="SigningPassword">The key's password, when it has one.</param>
/// <param name="SearchFirst">Once Pagefind has started, this process's threads drop to the lowest CPU priority: the
/// index is the longest stage, and the pages and downloads, which have time to spare beside it, then take only the CPU
/// it leaves (bench/RESULTS.md has what it saves). For the `build` command only: the process stays at that priority
/// to its end.</param>
public sealed record BuildOptions(bool PagesOnly = false, string? SigningKey = null, string? SigningPassword = null, bool SearchFirst = false)
{
    /// <summary>The options with the signing key from the environment, if one is there.</summary>
    public BuildOptions WithKeyFromEnvironment() => this with
    {
        SigningKey = Environment.GetEnvironmentVariable(Downloads.Checksums.SecretKeyVariable),
        SigningPassword = Environment.GetEnvironmentVariable(Downloads.Checksums.PasswordVariable),
    };
}

/// <summary>
/// What the preview keeps from one build to the next, so that a save costs what it changed: the files it wrote, what
/// was read from each input file (kept while the file is unchanged), the documents numbered, and each page's key and
/// characters (<see cref="Render.PageMemory"/>).
/// </summary>
public sealed class PreviewMemory
{
    /// <summary>Every file the preview wrote into the output folder but the downloads, by path.</summary>
    public HashSet<string> Written { get; } = new(StringComparer.Ordinal);
    /// <summary>The downloads the background build made; rebuilds of pages only keep linking them.</summary>
    public IReadOnlyList<Model.Download> Downloads { get; set; } = [];
    /// <summary>The files of the downloads' and the search index's folders, moved in by the background build.</summary>
    public HashSet<string> Extras { get; } = new(StringComparer.Ordinal);
    public Corpus.CorpusReader.Memo Corpus { get; } = new();
    public Translations.TranslationReader.Memo Translations { get; } = new();
    public System.Runtime.CompilerServices.ConditionalWeakTable<Corpus.Document, Model.RenderedDocument> Numbered { get; } = new();
    public Render.PageMemory Pages { get; set; } = new();
    /// <summary>The assets last written, with the font faces and theme stamps they were made from.</summary>
    public (byte[] Persian, byte[] Latin, string Stamps, List<Output.OutputFile> Files)? Assets { get; set; }
    /// <summary>The interface's strings and the glossary, with the stamps of the files they were read from.</summary>
    public (string Stamps, Model.UiStrings Fa, Dictionary<string, Model.UiStrings> Strings, Translations.Glossary Glossary, IReadOnlyList<Model.SourceDocument> Sources)? SiteWide { get; set; }
    /// <summary>The font's faces last cut, with the characters they were cut to.</summary>
    public (List<int> CodePoints, Output.Fonts.Subset Fonts)? Fonts { get; set; }
    /// <summary>Each feed entry made, by the document and translation it shows.</summary>
    public Output.WriteFeeds.FeedEntries FeedEntries { get; } = new();
    /// <summary>Each feed (and the sitemap) last written, with its key (<see cref="Render.PageKeys.Feed"/>).</summary>
    public Dictionary<string, (string Key, Output.OutputFile File, byte[][]? Parts)> Feeds { get; } = new(StringComparer.Ordinal);
}
