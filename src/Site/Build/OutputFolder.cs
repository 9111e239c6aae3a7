namespace Site.Build;

/// <summary>
/// Stage: the site is written into a fresh folder beside the output folder and swapped in only when the build has
/// succeeded, so a failed build leaves the previous site whole.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public string Final { get; }
    public string Staging { get; }
    bool committed;

    public OutputFolder(string output)
    {
        Final = Path.GetFullPath(output);
        Staging = Final.TrimEnd(Path.DirectorySeparatorChar) + $".building-{Environment.ProcessId}";
        if (Directory.Exists(Staging)) Directory.Delete(Staging, true);
        Directory.CreateDirectory(Staging);
    }

    public void Write(OutputFile file)
    {
        var full = Path.GetFullPath(Path.Combine(Staging, file.Path));
        // A path from content (a slug) must never lead out of the output folder.
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {file.Path}");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Content);
    }

    public void Commit()
    {
        var old = Final.TrimEnd(Path.DirectorySeparatorChar) + $".previous-{Environment.ProcessId}";
        if (Directory.Exists(Final)) Directory.Move(Final, old);
        Directory.Move(Staging, Final);
        if (Directory.Exists(old)) Directory.Delete(old, true);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Staging)) Directory.Delete(Staging, true);
    }
}
