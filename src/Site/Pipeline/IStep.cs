namespace Site.Pipeline;

/// <summary>One named step of a build: it reads what earlier steps left in the <see cref="BuildState"/> and adds its own.</summary>
public interface IStep
{
    /// <summary>The name <c>build --timings</c> prints.</summary>
    string Name { get; }

    Task RunAsync(BuildState build);
}
