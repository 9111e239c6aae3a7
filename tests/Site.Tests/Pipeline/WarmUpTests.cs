using Site.Pipeline;


namespace Site.Tests.Pipeline;

public class WarmUpTests
{
    /// <summary>The warm-up runs each library on samples of the site's own kinds: a sample the reader rejects would fail here, not silently in every build.</summary>
    [Fact]
    public async Task Runs_to_the_end() => await WarmUp.Start().WaitAsync(TimeSpan.FromSeconds(30));
}
