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

    /// <summary>
    /// An error in someone's file, met in one item, reaches the caller as the SiteError it is (the command prints it
    /// with its fix). Anything else is the exception thrown, not a wrapper.
    /// </summary>
    [Fact]
    public void Errors_in_items_reach_the_caller_as_they_were_thrown()
    {
        var one = Assert.Throws<SiteError>(() => InParallel.Map(Enumerable.Range(0, 50).ToList(), i => i == 7 ? throw new SiteError("a.css", 3, "bad", "fix it") : i));
        Assert.Equal(("a.css", 3), (one.File, one.Line));
        Assert.Throws<InvalidOperationException>(() => InParallel.Map(new[] { 1 }, int (i) => throw new InvalidOperationException()));
    }
}
