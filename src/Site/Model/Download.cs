namespace Site.Model;

public enum DownloadKind { Zip, Epub, Zim, Checksums, Signature, Key }

/// <summary>A file readers can download: where it is, its size, its language, what it is, its SHA-256 (lowercase hex).</summary>
public sealed record Download(string Path, long Bytes, string Lang, DownloadKind Kind, string Sha256 = "")
{
    /// <summary>A copy of the publication (listed in SHA256SUMS), not a file that checks one.</summary>
    public bool IsCopy => Kind is DownloadKind.Zip or DownloadKind.Epub or DownloadKind.Zim;
}
