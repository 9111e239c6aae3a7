using Site.Model;

namespace Site.Pipeline.Steps;

/// <summary>The preview's rebuild: which of the files made differ from what the folder holds, and which files are gone.</summary>
public sealed class CompareStep : IStep
{
    public string Name => "compare";

    public Task RunAsync(BuildState build)
    {
        var memory = build.Memory!;
        // A feed is compared with what was last written of it, kept in memory (the Persian feed is megabytes at
        // 10,000 documents); a page with the folder's copy.
        build.Changed = build.Files.Where(f => memory.Feeds.TryGetValue(f.Path, out var was)
            ? !was.File.Content.AsSpan().SequenceEqual(f.Content) : !Same(Path.Combine(build.Target, f.Path), f.Content)).ToList();
        var pages = memory.Pages.SetOf(build.PagePaths);
        var others = build.Files.Select(f => f.Path).Concat(build.Kept).ToHashSet(StringComparer.Ordinal);
        // Downloads are made by full builds only: a rebuild of the pages keeps them.
        build.Gone = memory.Written.Where(p => !pages.Contains(p) && !others.Contains(p) && !Urls.IsDownload(p)).ToList();
        return Task.CompletedTask;
    }

    static bool Same(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        try { return File.ReadAllBytes(path).AsSpan().SequenceEqual(content); }
        catch (IOException) { return false; }
    }
}
