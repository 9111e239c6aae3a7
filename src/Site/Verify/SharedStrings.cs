using System.Collections.Concurrent;

namespace Site.Verify;

/// <summary>
/// One copy of each string that page after page repeats (ids such as p1, links such as ../index.html), for what the
/// build keeps of every page until the links are verified. On a large site those copies were a large share of the
/// heap, which the collector moved from generation to generation. Safe to use from several threads.
/// </summary>
public sealed class SharedStrings
{
    readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public SharedStrings() => bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared copy of <paramref name="text"/>; made (once) only if there is none yet.</summary>
    public string Of(ReadOnlySpan<char> text) => bySpan.TryGetValue(text, out var shared) ? shared : strings.GetOrAdd(text.ToString(), static s => s);

    public int Count => strings.Count;
}
