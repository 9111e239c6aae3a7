using Site.Render;

namespace Site.Tests.Render;

/// <summary>The characters the preview's font is cut to: those of every page, laid out now or before.</summary>
public class PageMemoryTests
{
    static IReadOnlyList<string> Paths(params string[] p) => p;

    [Fact]
    public void The_characters_are_every_page_s_as_they_now_are()
    {
        var memory = new PageMemory();
        memory.Laid("a.html", "k1", "ab");
        memory.Laid("b.html", "k1", "bc😀");
        Assert.Equal(new[] { 'a', 'b', 'c', 0x1F600 }.Select(c => c), memory.CodePoints(Paths("a.html", "b.html")));
        memory.Commit(Paths("a.html", "b.html"));
        Assert.True(memory.IsCurrent("a.html", "k1"));
        Assert.False(memory.IsCurrent("a.html", "k2"));

        // a.html loses its "a"; b.html, not laid out again, keeps its characters.
        memory.Laid("a.html", "k2", "b");
        Assert.Equal(new[] { 'b', 'c', 0x1F600 }.Select(c => c), memory.CodePoints(Paths("a.html", "b.html")));
        // The build failed: nothing of it is kept.
        memory.Discard();
        Assert.True(memory.IsCurrent("a.html", "k1"));
        Assert.Equal(new[] { 'a', 'b', 'c', 0x1F600 }.Select(c => c), memory.CodePoints(Paths("a.html", "b.html")));

        // b.html is gone: its characters with it.
        memory.Commit(Paths("a.html"));
        Assert.Equal(new int[] { 'a', 'b' }, memory.CodePoints(Paths("a.html")));
        Assert.False(memory.IsCurrent("b.html", "k1"));
    }
}
