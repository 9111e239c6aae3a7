using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Xunit.Abstractions;

namespace Site.Tests.Architecture;

/// <summary>
/// Each folder of src/Site is a namespace (Site.Corpus, Site.Model …), and folders depend on each other one way
/// only: a folder may use the folders below it in <see cref="Layers"/>, never one above. Read from the compiled
/// program (method bodies included), so a dependency cannot hide in a fully qualified name.
/// </summary>
public class FolderDependencyTests(ITestOutputHelper output)
{
    /// <summary>The folders from the top (the command line) to the bottom (text and project settings). README's
    /// "Layout" lists the same order.</summary>
    public static readonly string[] Layers =
        ["Cli", "Pipeline", "Search", "Downloads", "Verify", "Render", "Output", "Model", "Check", "Import", "Translations", "Corpus", "Project", "Text"];

    static readonly Lazy<ArchUnitNET.Domain.Architecture> Program = new(() =>
        new ArchLoader().LoadAssemblies(typeof(Site.Cli.Commands).Assembly).Build());

    /// <summary>The folder a namespace belongs to (Site.Render.Theme is Render), or null outside the program.</summary>
    static string? FolderOf(string ns)
    {
        if (!ns.StartsWith("Site.", StringComparison.Ordinal)) return null;
        var rest = ns["Site.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Which folder uses which, from every type's dependencies.</summary>
    public static SortedDictionary<string, SortedSet<string>> Graph(ArchUnitNET.Domain.Architecture program)
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in program.Types)
        {
            if (FolderOf(type.Namespace?.FullName ?? "") is not { } from) continue;
            if (!graph.TryGetValue(from, out var uses)) graph[from] = uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var d in type.Dependencies)
                if (FolderOf(d.Target?.Namespace?.FullName ?? "") is { } to && to != from) uses.Add(to);
        }
        return graph;
    }

    [Fact]
    public void Every_folder_is_in_the_layer_list()
    {
        var graph = Graph(Program.Value);
        foreach (var (from, uses) in graph) output.WriteLine($"{from,-13} → {string.Join(", ", uses)}");
        Assert.Empty(graph.Keys.Except(Layers));
        var folders = Directory.GetDirectories(Path.Combine(Paths.Root, "src", "Site")).Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(Paths.Root, "src", "Site", f!), "*.cs", SearchOption.AllDirectories).Any());
        Assert.Equal(Layers.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_uses_only_folders_below_it()
    {
        var wrong = new List<string>();
        foreach (var (from, uses) in Graph(Program.Value))
            foreach (var to in uses.Where(to => Array.IndexOf(Layers, to) <= Array.IndexOf(Layers, from)))
                wrong.Add($"{from} uses {to}, which stands above it (or beside it) in the layers");
        Assert.Empty(wrong);
    }

    [Fact]
    public void No_two_folders_depend_on_each_other()
    {
        Assert.Null(Cycle(Graph(Program.Value)));
    }

    [Fact]
    public void A_cycle_is_found_where_there_is_one()
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"],
        };
        Assert.Equal("A → B → C → A", Cycle(graph));
        graph["C"] = [];
        Assert.Null(Cycle(graph));
    }

    /// <summary>A cycle of folders, as "A → B → A", or null when there is none (a depth-first search).</summary>
    static string? Cycle(SortedDictionary<string, SortedSet<string>> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        string? Visit(string folder)
        {
            if (path.IndexOf(folder) is var at and >= 0) return string.Join(" → ", path[at..].Append(folder));
            if (!done.Add(folder)) return null;
            path.Add(folder);
            foreach (var next in graph.GetValueOrDefault(folder) ?? [])
                if (Visit(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return graph.Keys.Select(Visit).FirstOrDefault(c => c is not null);
    }

    [Fact]
    public void The_layer_check_sees_a_dependency_that_goes_up()
    {
        // Corpus must not know the site model; if the check missed this edge, the tests above would prove nothing.
        var graph = Graph(Program.Value);
        Assert.Contains("Corpus", graph["Model"]);
        Assert.DoesNotContain("Model", graph["Corpus"]);
    }
}
