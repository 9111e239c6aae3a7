using Site.Corpus;
using Site.Model;
using Site.Project;

namespace Site.Pipeline.Steps;

/// <summary>Each document's paragraphs get their anchor ids (p1, p2 …) and the document its address.</summary>
public sealed class NumberParagraphsStep : IStep
{
    public string Name => "number paragraphs";

    public Task RunAsync(BuildState build)
    {
        // The preview numbers a document read again only: an unchanged one keeps its object, which its pages' keys name.
        var all = build.Memory?.Numbered is { } kept
            ? InParallel.Map([.. build.Corpus.All], d => kept.GetValue(d, NumberParagraphs.Of))
            : InParallel.Map([.. build.Corpus.All], NumberParagraphs.Of);
        build.Messages = all.Where(d => d.Doc is Message).ToList();
        build.Resolutions = all.Where(d => d.Doc is Resolution).ToList();
        return Task.CompletedTask;
    }
}
