namespace Site.Project;

/// <summary>Runs a function over a list on every core and keeps the list's order.</summary>
public static class InParallel
{
    /// <summary>
    /// f(items[i]) for each i, in parallel, as an array in the order of <paramref name="items"/>. PLINQ's
    /// AsParallel().AsOrdered() does the same, but each of its uses compiles dozens of generic methods at run time
    /// (they are not precompiled for our element types), which cost more than the work in a small build.
    /// </summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> f)
    {
        var results = new TResult[items.Count];
        try { Parallel.For(0, items.Count, i => results[i] = f(items[i])); }
        catch (AggregateException e)
        {
            // What went wrong in one item is what the caller would have met without the parallel loop: an error in
            // someone's file stays a SiteError (the command prints it with its fix), not a fault in the program.
            var inner = e.Flatten().InnerExceptions;
            if (inner.All(x => x is SiteError)) throw inner.Count == 1 ? inner[0] : new SiteError([.. inner.SelectMany(x => ((SiteError)x).Errors)]);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner[0]).Throw();
            throw;
        }
        return results;
    }
}
