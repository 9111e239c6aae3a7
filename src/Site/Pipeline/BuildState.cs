using System.Collections.Concurrent;
using Site.Corpus;
using Site.Model;
using Site.Output;
using Site.Project;
using Site.Render;
using Site.Translations;
using Site.Verify;

namespace Site.Pipeline;

/// <summary>What the steps of one build share: the settings, and what each step made for the ones after it.</summary>
public sealed class BuildState(SiteConfig config, string target, BuildOptions options, PageRenderer renderer)
{
    public SiteConfig Config { get; } = config;
    /// <summary>The output folder.</summary>
    public string Target { get; } = target;
    public BuildOptions Options { get; } = options;
    public PageRenderer Renderer { get; } = renderer;

    public CorpusContent Corpus { get; set; } = null!;
    public IReadOnlyList<RenderedDocument> Messages { get; set; } = [];
    public IReadOnlyList<RenderedDocument> Resolutions { get; set; } = [];
    public TranslationReader.Result Translations { get; set; } = null!;
    public SiteModel Site { get; set; } = null!;
    /// <summary>
    /// The strings and the glossary, read beside the documents (a build's first steps leave a core idle, and reading
    /// them costs as much as a tenth of a small build); the link step waits for them, and raises their errors there.
    /// </summary>
    public Task<(UiStrings Fa, Dictionary<string, UiStrings> Strings, Glossary Glossary, IReadOnlyList<SourceDocument> Sources)>? SiteWideAhead { get; init; }
    /// <summary>Downloads an earlier full build made, which the preview's builds of pages only keep linking.</summary>
    public IReadOnlyList<Download> KeptDownloads { get; init; } = [];

    // A full build writes into a staging folder and keeps what verification needs of each page.

    /// <summary>The staging folder the full build writes into.</summary>
    public OutputFolder Output { get; set; } = null!;
    /// <summary>The preview's memory (null in other builds): what its builds read, laid out and wrote.</summary>
    public PreviewMemory? Memory { get; init; }
    /// <summary>In the preview, after a build that succeeded: the files the file system said nothing of since (null: look at every file).</summary>
    public Unchanged? Unchanged { get; init; }
    /// <summary>The preview's page keys for this build (made once the site model is).</summary>
    public PageKeys? Keys { get; set; }
    /// <summary>What verification keeps of the pages written (made anew, knowing every page's path, before the pages are laid out).</summary>
    public LinkLedger Links { get; set; } = new(new HashSet<string>(), config.BasePath);
    public List<string> PagePaths { get; set; } = [];
    public List<OutputFile> Assets { get; set; } = [];
    /// <summary>Every character of the pages written, for cutting the font.</summary>
    public UsedCharacters Used { get; } = new();
    /// <summary>The font's faces, cut to <see cref="Used"/>.</summary>
    public Fonts.Subset Fonts { get; set; } = null!;
    /// <summary>Warnings found while building (besides the translations').</summary>
    public List<Diagnostic> Findings { get; } = [];
    long bytes;
    public long Bytes => Interlocked.Read(ref bytes);
    public void Uncount(long n) => Interlocked.Add(ref bytes, -n);

    /// <summary>Writes a file into the staging folder.</summary>
    public void Write(OutputFile file)
    {
        Output.Write(file);
        Interlocked.Add(ref bytes, file.Content.Length);
        if (Memory is { } memory) lock (memory) memory.Written.Add(file.Path);
    }

    /// <summary>Writes a file through a stream (see <see cref="OutputFolder.WriteStreamed"/>) and returns its size.</summary>
    public long WriteStreamed(string path, Action<Stream> write)
    {
        var length = Output.WriteStreamed(path, write);
        Interlocked.Add(ref bytes, length);
        if (Memory is { } memory) lock (memory) memory.Written.Add(path);
        return length;
    }

    /// <summary>Reads a page for verification and writes it; <paramref name="html"/> is the renderer's buffer.</summary>
    public void WritePage(string path, ReadOnlyMemory<char> html)
    {
        Links.Scan(path, html);
        Used.Add(html.Span);
        Interlocked.Add(ref bytes, Output.WriteText(path, html.Span));
        if (Memory is { } memory) lock (memory) memory.Written.Add(path);
    }

    // The preview's partial rebuild holds the site in memory and writes only what changed.

    /// <summary>The pages laid out (in the preview, those whose key changed).</summary>
    public List<OutputFile> Pages { get; set; } = [];
    public List<OutputFile> Files { get; set; } = [];
    /// <summary>The preview's files made as they were last written (their keys unchanged): not compared, not written.</summary>
    public List<string> Kept { get; set; } = [];
    /// <summary>What the preview remembers once this build's files are written (a build that fails changes nothing).</summary>
    public List<Action> Remember { get; } = [];
    public List<OutputFile> Changed { get; set; } = [];
    public List<string> Gone { get; set; } = [];

    /// <summary>In the preview, its page memory and this build's keys (made from the site model, so after the link step).</summary>
    public (PageMemory, PageKeys)? PreviewPages() =>
        Memory is { } memory ? (memory.Pages, Keys ??= new PageKeys(Site, Stamps ?? PageKeys.Stamps(Config))) : null;

    /// <summary>In the preview: the stamps of the files every page depends on, taken before they were read.</summary>
    public string? Stamps { get; set; }

    /// <summary>The search index being written beside the other steps (full builds only).</summary>
    public Task<TimeSpan>? SearchIndex { get; set; }

    /// <summary>The records the search index is made of, which the zip and the ZIM carry for their own search too (full builds only).</summary>
    public Task<List<Search.SearchRecord>>? SearchRecords { get; set; }

    /// <summary>Files of the search index that pages link to, verified once the index is written (links are verified before).</summary>
    public List<string> LinksIntoSearchIndex { get; set; } = [];
    /// <summary>Cancelled when the build fails: what still runs beside it stops.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    /// <summary>Each step's time, in the order the steps ran (a side-by-side step's branches follow it).</summary>
    public List<(string Step, TimeSpan Time)> Times { get; } = [];

    /// <summary>check's: what is wrong with the links written in documents and translations.</summary>
    public List<Diagnostic> LinkFindings { get; set; } = [];
}
