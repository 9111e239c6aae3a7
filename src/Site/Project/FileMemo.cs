using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Site.Project;

/// <summary>
/// What was made from a file, kept while the file stays as it was (same length, same time of last change): the
/// preview reads again only the files a save touched. The stamp is taken before the file is read, so a file changed
/// while it was being read is read again the next time. Safe to use from several threads.
/// </summary>
/// <remarks>
/// A file's time of change comes from a clock that ticks coarsely (and in whole seconds on some file systems): a file
/// changed again within the tick of its stamp, to the same length, would look unchanged. So a file whose stamp is that
/// recent when it is read is "racy", as git calls it: its content hash is kept too, taken before it is read, and it is
/// kept only while the hash still matches.
/// </remarks>
public sealed class FileMemo<T>
{
    readonly ConcurrentDictionary<string, Kept> kept = new(StringComparer.Ordinal);

    sealed record Kept(long Length, DateTime Changed, byte[]? RacyHash, T Value);

    static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The value kept for <paramref name="path"/> when the file has not changed and <paramref name="stillGood"/>
    /// accepts it (what else it was made from is the same); else <paramref name="read"/>'s, kept for next time.
    /// </summary>
    /// <param name="unchanged">The file system said nothing of this file since it was last read (see <see cref="ChangeSet"/>): a value kept from a file that was not racy is taken without a look at the file.</param>
    public T Get(string path, Func<T, bool> stillGood, Func<T> read, bool unchanged = false)
    {
        if (unchanged && kept.TryGetValue(path, out var trusted) && trusted.RacyHash is null && stillGood(trusted.Value)) return trusted.Value;
        var info = new FileInfo(path);
        if (!info.Exists) { kept.TryRemove(path, out _); return read(); }
        var (length, changed) = (info.Length, info.LastWriteTimeUtc);
        var racy = DateTime.UtcNow - changed < Racy;
        var hash = racy ? HashOf(path) : null;
        if (kept.TryGetValue(path, out var k) && k.Length == length && k.Changed == changed && stillGood(k.Value)
            && (k.RacyHash is null || (hash ??= HashOf(path)) is { } h && h.AsSpan().SequenceEqual(k.RacyHash)))
        {
            if (k.RacyHash is not null && !racy) kept[path] = k with { RacyHash = null };
            return k.Value;
        }
        var value = read();
        kept[path] = new Kept(length, changed, hash, value);
        return value;
    }

    static byte[]? HashOf(string path)
    {
        try { return SHA256.HashData(File.ReadAllBytes(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
