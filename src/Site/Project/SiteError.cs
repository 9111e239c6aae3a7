namespace Site.Project;

/// <summary>
/// Errors in what people wrote, thrown to stop the command: one or several <see cref="Diagnostic"/>s, so that one
/// run lists them all. The commands print them without a stack trace and exit non-zero.
/// </summary>
public sealed class SiteError : Exception
{
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>
    /// Whether the errors were gathered by a pass over many files (reading the corpus or the translations, verifying
    /// the pages): the command then says how many there are, one included, so a reader knows the list is whole.
    /// </summary>
    public bool Gathered { get; }

    /// <summary>The errors a pass over many files gathered.</summary>
    public SiteError(IReadOnlyList<Diagnostic> errors) : base(errors.Count == 1 ? Summary(errors[0]) : $"{errors.Count} error(s)")
    {
        Errors = errors;
        Gathered = true;
    }

    /// <summary>One error, which stops the command where it is found.</summary>
    public SiteError(string file, int line, string problem, string fix) : this([new Diagnostic(file, line, problem, fix)]) => Gathered = false;

    /// <summary>The first error's file, line, problem and fix (most errors come alone).</summary>
    public string File => Errors[0].File;
    public int Line => Errors[0].Line;
    public string Problem => Errors[0].Problem;
    public string Fix => Errors[0].Fix;

    static string Summary(Diagnostic d) => $"{d.File}:{d.Line}: {d.Problem}";

    public override string ToString() => string.Join("\n", Errors);
}
