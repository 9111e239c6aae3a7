namespace Site.Project;

/// <summary>
/// An error in what a person wrote (a corpus file, a translation, the config): it names the file, the line, what is
/// wrong and what to do. The commands print it without a stack trace and exit non-zero.
/// </summary>
public sealed class SiteError(string file, int line, string problem, string fix) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
    public string Fix { get; } = fix;

    public override string ToString() => $"{File}:{Line}: error: {Problem}\n    fix: {Fix}";
}

/// <summary>Several errors at once, so that one run lists them all.</summary>
public sealed class SiteErrors(IReadOnlyList<SiteError> errors) : Exception($"{errors.Count} error(s)")
{
    public IReadOnlyList<SiteError> Errors { get; } = errors;
}
