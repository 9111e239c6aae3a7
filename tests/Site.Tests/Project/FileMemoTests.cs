using Site.Project;

namespace Site.Tests.Project;

public class FileMemoTests
{
    static string NewFile(string text)
    {
        var path = Path.Combine(Paths.TempDir("file-memo"), "a.md");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_file_unchanged_is_not_read_again_and_a_changed_one_is()
    {
        var path = NewFile("one");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        var memo = new FileMemo<string>();
        var reads = 0;
        string Read() { reads++; return File.ReadAllText(path); }
        Assert.Equal("one", memo.Get(path, _ => true, Read));
        Assert.Equal("one", memo.Get(path, _ => true, Read));
        Assert.Equal(1, reads);
        File.WriteAllText(path, "two!");
        Assert.Equal("two!", memo.Get(path, _ => true, Read));
        Assert.Equal(2, reads);
        // What else the value was made from changed: read again.
        Assert.Equal("two!", memo.Get(path, _ => false, Read));
        Assert.Equal(3, reads);
    }

    /// <summary>
    /// The clock that stamps files ticks coarsely: a file written again within the tick, to the same length, keeps
    /// its stamp. A value read from a file changed that recently is kept only while the content is the same.
    /// </summary>
    [Fact]
    public void A_racy_file_rewritten_with_the_same_stamp_and_length_is_read_again()
    {
        var path = NewFile("one");
        var stamp = File.GetLastWriteTimeUtc(path);
        var memo = new FileMemo<string>();
        Assert.Equal("one", memo.Get(path, _ => true, () => File.ReadAllText(path)));
        File.WriteAllText(path, "two");
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.Equal("two", memo.Get(path, _ => true, () => File.ReadAllText(path)));
        // Even when the file system said nothing of it (the word is taken only for files that were not racy).
        File.WriteAllText(path, "six");
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.Equal("six", memo.Get(path, _ => true, () => File.ReadAllText(path), unchanged: true));
    }

    [Fact]
    public void The_file_systems_word_spares_the_look_at_a_file_that_was_not_racy()
    {
        var path = NewFile("one");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        var memo = new FileMemo<string>();
        Assert.Equal("one", memo.Get(path, _ => true, () => File.ReadAllText(path)));
        File.WriteAllText(path, "two");
        // Told nothing changed, the memo does not look; told otherwise, it does.
        Assert.Equal("one", memo.Get(path, _ => true, () => File.ReadAllText(path), unchanged: true));
        Assert.Equal("two", memo.Get(path, _ => true, () => File.ReadAllText(path)));
    }
}
