using Site.Project;

namespace Site.Model;

/// <summary>
/// Which edition a copy is: the date of the last change to input/ and its short commit. Read from git when the build
/// runs in a checkout (the same commit always gives the same stamp), else from statiq.config's <c>edition:</c>.
/// </summary>
public sealed record Edition(string Date, string Commit)
{
    public DateOnly Day => DateOnly.ParseExact(Date, "yyyy-MM-dd");

    /// <summary>"2026-12-02 · 561dbdc", as the feeds, the zip and the EPUBs name it.</summary>
    public string Label => $"{Date} · {Commit}";

    public static Edition? Of(SiteConfig config)
    {
        if (Git.LastChange(config.Root, config.Input) is { } git) return new Edition(git.Date, git.Commit);
        return config.Edition is { Date: { Length: > 0 } date } e ? new Edition(date, e.Commit ?? "") : null;
    }
}
