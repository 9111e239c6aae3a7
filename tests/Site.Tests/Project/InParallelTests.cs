using Site.Project;

namespace Site.Tests.Project;

public class InParallelTests
{
    [Fact]
    public void Keeps_the_order_of_the_list_whatever_finishes_first()
    {
        var items = Enumerable.Range(0, 500).ToList();
        // Early items take longest, so in parallel they finish last.
        var results = InParallel.Map(items, i => { Thread.SpinWait((500 - i) * 200); return $"#{i}"; });
        Assert.Equal(items.Select(i => $"#{i}"), results);
    }

    [Fact]
    public void An_empty_list_gives_an_empty_array() => Assert.Empty(InParallel.Map(new List<string>(), s => s.Length));
}
