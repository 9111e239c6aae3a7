using Site.Project;

namespace Site.Tests.Project;

/// <summary>What the file system said changed, and the folder listings it spares.</summary>
public class ChangeSetTests
{
    static Unchanged Saw(params string[] paths) => new(paths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void A_folder_is_listed_again_only_when_a_file_came_or_went()
    {
        var dir = Paths.TempDir("listings");
        foreach (var n in new[] { "b.md", "a.md" }) File.WriteAllText(Path.Combine(dir, n), n);
        var listings = new FolderListings();
        var first = listings.Files(dir, "*.md", recursive: false, unchanged: null);
        Assert.Equal([Path.Combine(dir, "a.md"), Path.Combine(dir, "b.md")], first);

        // A file saved: the same listing.
        File.AppendAllText(Path.Combine(dir, "a.md"), "!");
        Assert.Same(first, listings.Files(dir, "*.md", false, Saw(Path.Combine(dir, "a.md"))));
        // A file created: listed again.
        File.WriteAllText(Path.Combine(dir, "c.md"), "c");
        var second = listings.Files(dir, "*.md", false, Saw(Path.Combine(dir, "c.md")));
        Assert.Equal(3, second.Count);
        // A file removed: listed again.
        File.Delete(Path.Combine(dir, "b.md"));
        Assert.Equal([Path.Combine(dir, "a.md"), Path.Combine(dir, "c.md")], listings.Files(dir, "*.md", false, Saw(Path.Combine(dir, "b.md"))));
        // The file system could not say: listed again.
        File.WriteAllText(Path.Combine(dir, "d.md"), "d");
        Assert.Equal(3, listings.Files(dir, "*.md", false, unchanged: null).Count);
    }

    [Fact]
    public void A_folder_listed_with_its_subfolders_is_listed_again_when_a_subfolder_comes_or_goes()
    {
        var dir = Paths.TempDir("listings-deep");
        Directory.CreateDirectory(Path.Combine(dir, "en"));
        File.WriteAllText(Path.Combine(dir, "en", "a.md"), "a");
        var listings = new FolderListings();
        var first = listings.Files(dir, "*", recursive: true, unchanged: null);
        Assert.Single(first);
        Assert.Same(first, listings.Files(dir, "*", true, Saw(Path.Combine(dir, "en", "a.md"))));
        // A folder moved in whole raises one event, for the folder.
        Directory.CreateDirectory(Path.Combine(dir, "de"));
        File.WriteAllText(Path.Combine(dir, "de", "b.md"), "b");
        Assert.Equal(2, listings.Files(dir, "*", true, Saw(Path.Combine(dir, "de"))).Count);
        // A folder removed whole: its files are gone from the listing.
        Directory.Delete(Path.Combine(dir, "en"), true);
        Assert.Equal([Path.Combine(dir, "de", "b.md")], listings.Files(dir, "*", true, Saw(Path.Combine(dir, "en"))));
    }

    [Fact]
    public void Holds_is_false_only_for_the_files_named()
    {
        var unchanged = Saw("/p/input/messages/a.md");
        Assert.False(unchanged.Holds("/p/input/messages/a.md"));
        Assert.False(unchanged.Holds("/p/input/messages/../messages/a.md"));
        Assert.True(unchanged.Holds("/p/input/messages/ba.md"));
        Assert.True(unchanged.Holds("/p/input/translations/en/messages/b.md"));
    }
}
