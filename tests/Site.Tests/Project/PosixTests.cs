using Site.Project;

namespace Site.Tests.Project;

public class PosixTests
{
    /// <summary>The calling thread's kernel id and nice value, from /proc/thread-self (Linux).</summary>
    static (int Id, int Nice) Me()
    {
        var id = int.Parse(Path.GetFileName(new DirectoryInfo("/proc/thread-self").LinkTarget!));
        var stat = File.ReadAllText("/proc/thread-self/stat");
        // The fields after the command's name (in parentheses) start at the third; nice is the nineteenth.
        return (id, int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16]));
    }

    /// <summary>
    /// What the build command does to its threads once Pagefind has started (BuildOptions.SearchFirst), tried on one
    /// thread of its own: the test host's other threads keep their priority.
    /// </summary>
    [Fact]
    public void A_thread_can_drop_to_the_lowest_priority_and_one_it_starts_then_takes_it()
    {
        int? before = null, after = null, child = null;
        var thread = new Thread(() =>
        {
            var (id, nice) = Me();
            before = nice;
            Posix.LowerPriority(id);
            after = Me().Nice;
            var started = new Thread(() => child = Me().Nice);
            started.Start();
            started.Join();
        });
        thread.Start();
        thread.Join();
        Assert.Equal(19, after);
        Assert.Equal(19, child);
        Assert.NotEqual(19, before);
        Assert.Equal(before, Me().Nice);
    }
}
