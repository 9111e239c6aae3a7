using System.Security.Cryptography;
using System.Text;
using Site.Project;

namespace Site.Downloads;

/// <summary>
/// download/SHA256SUMS, which <c>sha256sum -c</c> reads, for the files a reader passes on; and, when a minisign secret
/// key is given in the environment, its signature (SHA256SUMS.minisig) and the public key to check it with.
/// </summary>
public static class Checksums
{
    public const string SumsName = "SHA256SUMS";
    public const string SignatureName = "SHA256SUMS.minisig";
    public const string PublicKeyName = "minisign.pub";
    /// <summary>The secret key file's text (or its path); a key made with a password also needs the password.</summary>
    public const string SecretKeyVariable = "MINISIGN_SECRET_KEY", PasswordVariable = "MINISIGN_PASSWORD";

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    public static string Sha256(string file)
    {
        using var f = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(f)).ToLowerInvariant();
    }

    /// <summary>One line per file, "hash  name", by name.</summary>
    public static byte[] Sums(IEnumerable<(string Name, string Sha256)> files) =>
        Encoding.ASCII.GetBytes(string.Concat(files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Sha256}  {f.Name}\n")));

    /// <summary>The signature and the public key (its file, and the key alone), or null when no key is given.</summary>
    /// <param name="trustedComment">Signed with the file, in place of minisign's default (which holds the time, and would make every build differ).</param>
    public static (byte[] Signature, byte[] PublicKeyFile, string PublicKey)? Sign(byte[] sums, string trustedComment, string? secret, string? password)
    {
        if (string.IsNullOrWhiteSpace(secret)) return null;
        var work = Path.Combine(Path.GetTempPath(), $"site-sign-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var key = Path.Combine(work, "minisign.key");
            if (File.Exists(secret.Trim())) File.Copy(secret.Trim(), key);
            else File.WriteAllText(key, secret.Trim() + "\n");
            var file = Path.Combine(work, SumsName);
            File.WriteAllBytes(file, sums);
            var input = string.IsNullOrEmpty(password) ? null : password + "\n";
            var sign = ChildProcess.RunCapturing("minisign", ["-S", "-s", key, "-m", file, "-x", file + ".minisig", "-t", trustedComment, "-c", "signature of " + SumsName], input: input)
                ?? throw new SiteError(SecretKeyVariable, 0, $"{SecretKeyVariable} is set but minisign is not installed", "Install Debian's minisign (apt-get install minisign), or unset the variable.");
            if (sign.ExitCode != 0) throw new SiteError(SecretKeyVariable, 0, "minisign could not sign SHA256SUMS: " + sign.Errors, $"Give the secret key's text in {SecretKeyVariable} (and its password in {PasswordVariable} if it has one).");
            var pub = Path.Combine(work, PublicKeyName);
            var recreate = ChildProcess.RunCapturing("minisign", ["-R", "-s", key, "-p", pub], input: input);
            if (recreate is not { ExitCode: 0 }) throw new SiteError(SecretKeyVariable, 0, "minisign could not make the public key: " + recreate?.Errors, $"Check the key in {SecretKeyVariable}.");
            var pubText = File.ReadAllText(pub);
            return (File.ReadAllBytes(file + ".minisig"), Encoding.ASCII.GetBytes(pubText), pubText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim());
        }
        finally { Directory.Delete(work, true); }
    }
}
