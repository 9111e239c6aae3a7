namespace Site.Project;

public enum Severity { Error, Warning }

/// <summary>
/// A problem in what a person wrote (a corpus file, a translation, the config, a link on a page), from reading to
/// link verification: the file and line to look at, what is wrong, what to do. Errors stop a build; warnings do not.
/// </summary>
public sealed record Diagnostic(string File, int Line, string Problem, string Fix, Severity Severity = Severity.Error)
{
    public bool IsWarning => Severity == Severity.Warning;

    /// <summary>"file:line: error: …"; with no line (a whole file, a command-line option), "file: error: …".</summary>
    public override string ToString() => $"{Shown(File)}{(Line > 0 ? $":{Line}" : "")}: {(IsWarning ? "warning" : "error")}: {Problem}\n    fix: {Fix}";

    /// <summary>
    /// A file's name as a line of output can hold it: a name with a line break or ": " in it (a file named
    /// "x.md:3: error: …") would read as another diagnostic, so it is quoted, its control characters escaped.
    /// </summary>
    static string Shown(string file) =>
        !file.Any(char.IsControl) && !file.Contains(": ", StringComparison.Ordinal) && !file.Contains('"') ? file
            : "\"" + string.Concat(file.Select(c => c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when char.IsControl(c) => $"\\u{(int)c:X4}", _ => c.ToString() })) + "\"";

    /// <summary>
    /// A GitHub Actions workflow command (<c>::error file=…,line=…::…</c>): the pull request shows the problem and its
    /// fix on the file's line.
    /// </summary>
    public string ToGitHubAnnotation()
    {
        static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
        var where = $"file={Property(File)}" + (Line > 0 ? $",line={Line}" : "");
        return $"::{(IsWarning ? "warning" : "error")} {where}::{Data(Problem + "\nfix: " + Fix)}";
    }
}
