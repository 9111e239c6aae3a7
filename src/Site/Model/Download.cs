namespace Site.Model;

public enum DownloadKind { Zip, Epub }

/// <summary>A file readers can download: where it is, its size, its language, what it is.</summary>
public sealed record Download(string Path, long Bytes, string Lang, DownloadKind Kind);
