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
    /// <summary>Downloads an earlier full build made, which the preview's builds of pages only keep linking.</summary>
    public IReadOnlyList<Download> KeptDownloads { get; init; } = [];

    // A full build writes into a staging folder and keeps what verification needs of each page.

    /// <summary>The staging folder the full build writes into.</summary>
    public OutputFolder Output { get; set; } = null!;
    /// <summary>When the preview asks for it: the hash of every file written.</summary>
    public WrittenFiles? Record { get; init; }
    public ConcurrentDictionary<string, PageFacts> Facts { get; } = new(StringComparer.Ordinal);
    public SharedStrings Shared { get; } = new();
    public List<string> PagePaths { get; set; } = [];
    public List<OutputFile> Assets { get; set; } = [];
    long bytes;
    public long Bytes => Interlocked.Read(ref bytes);
    public void Uncount(long n) => Interlocked.Add(ref bytes, -n);

    /// <summary>Writes a file into the staging folder.</summary>
    public void Write(OutputFile file)
    {
        Output.Write(file);
        Interlocked.Add(ref bytes, file.Content.Length);
        if (Record is { } record) lock (record) record.Hashes[file.Path] = WrittenFiles.Hash(file.Content);
    }

    /// <summary>Reads a page for verification and writes it; <paramref name="html"/> is the renderer's buffer.</summary>
    public void WritePage(string path, ReadOnlyMemory<char> html)
    {
        Facts[path] = VerifyOutput.Scan(path, html, Shared);
        if (Record is not null) { Write(OutputFile.Text(path, html.Span)); return; }
        Interlocked.Add(ref bytes, Output.WriteText(path, html.Span));
    }

    // The preview's partial rebuild holds the site in memory and writes only what changed.

    /// <summary>What the preview's last build wrote.</summary>
    public WrittenFiles Previous { get; init; } = null!;
    public List<OutputFile> Pages { get; set; } = [];
    public List<OutputFile> Files { get; set; } = [];
    public List<OutputFile> Changed { get; set; } = [];
    public List<string> Gone { get; set; } = [];

    /// <summary>check's: what is wrong with the links written in documents and translations.</summary>
    public List<Diagnostic> LinkFindings { get; set; } = [];
}
