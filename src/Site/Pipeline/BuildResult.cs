using Site.Project;

namespace Site.Pipeline;

/// <summary>What a build made: pages, files, bytes, its warnings, and how long each step took.</summary>
public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<(string Step, TimeSpan Time)> Steps);

/// <summary>What to build besides the pages.</summary>
/// <param name="PagesOnly">Only pages, feeds and assets: no search index, no downloads (for quick previews and like-for-like benchmarks).</param>
/// <param name="SigningKey">A minisign secret key (its text or its file) to sign download/SHA256SUMS with; the
/// command line takes it from the environment (<see cref="Downloads.Checksums.SecretKeyVariable"/>).</param>
/// <param name="SigningPassword">The key's password, when it has one.</param>
public sealed record BuildOptions(bool PagesOnly = false, string? SigningKey = null, string? SigningPassword = null)
{
    /// <summary>The options with the signing key from the environment, if one is there.</summary>
    public BuildOptions WithKeyFromEnvironment() => this with
    {
        SigningKey = Environment.GetEnvironmentVariable(Downloads.Checksums.SecretKeyVariable),
        SigningPassword = Environment.GetEnvironmentVariable(Downloads.Checksums.PasswordVariable),
    };
}

/// <summary>The content hash of every file a build wrote, so the preview's next build can write only what changed.</summary>
public sealed class WrittenFiles
{
    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);
    /// <summary>The downloads the full build made; rebuilds of pages only keep linking them.</summary>
    public IReadOnlyList<Model.Download> Downloads { get; set; } = [];
    public static string Hash(byte[] content) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content));
}
