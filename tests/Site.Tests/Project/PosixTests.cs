using Site.Project;

namespace Site.Tests.Project;

public class PosixTests
{
    /// <summary>
    /// What the build command does to its threads once Pagefind has started (BuildOptions.SearchFirst), tried on one
    /// thread of its own: the test host's other threads keep their priority.
    /// </summary>
    [Fact]
    public void A_thread_can_drop_to_the_lowest_priority_and_one_it_starts_then_takes_it()
    {
        int? before = null, after = null, child = null, other = null;
        var thread = new Thread(() =>
        {
            var id = Posix.CurrentThreadId();
            before = Posix.NiceOf(id);
            Posix.LowerPriority(id);
            after = Posix.NiceOf(id);
            var started = new Thread(() => child = Posix.NiceOf(Posix.CurrentThreadId()));
            started.Start();
            started.Join();
        });
        thread.Start();
        thread.Join();
        other = Posix.NiceOf(Posix.CurrentThreadId());
        Assert.Equal(19, after);
        Assert.Equal(19, child);
        Assert.NotEqual(19, before);
        Assert.Equal(before, other);
    }
}
