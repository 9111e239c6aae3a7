using System.CommandLine;
using Site.Check;
using Site.Corpus;
using Site.Import;
using Site.Project;

namespace Site.Cli;

/// <summary>The console program: import · build · serve · check · translate.</summary>
public static class Commands
{
    static readonly Option<string> RootOption = new("--root") { Description = "The project folder (the one with statiq.config)", DefaultValueFactory = _ => ".", Recursive = true };

    public static RootCommand Create()
    {
        var root = new RootCommand("Builds the Persian publication of the messages to the 12th Congress and its resolutions.");
        root.Options.Add(RootOption);
        root.Subcommands.Add(Import());
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(BuildCommands.Build());
        root.Subcommands.Add(BuildCommands.Serve());
        root.Subcommands.Add(TranslateCommand.Create());
        return root;
    }

    public static Option<string> Root => RootOption;

    static Command Import()
    {
        var force = new Option<bool>("--force") { Description = "Overwrite the corpus files in input/ (they may hold editors' corrections)" };
        var cmd = new Command("import", "Turn the source documents in input/sources into input/messages and input/resolutions");
        cmd.Options.Add(force);
        cmd.SetAction(pr => Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(RootOption)!);
            var result = ImportFromSources(config);
            var existing = CorpusWriter.Existing(config.InputDir, result);
            if (existing.Count > 0 && !pr.GetValue(force))
            {
                Console.Error.WriteLine($"error: {existing.Count} corpus file(s) exist already, e.g. input/{existing[0]}; they may hold editors' corrections.");
                Console.Error.WriteLine("    fix: to start the corpus again from the sources, run 'import --force'.");
                return 1;
            }
            CorpusWriter.Write(config.InputDir, result, pr.GetValue(force));
            Console.WriteLine($"imported {result.Messages.Count} messages and {result.Resolutions.Count} resolutions into {config.Input}/; report: {config.Input}/import-report.md");
            return 0;
        }));
        return cmd;
    }

    public static ImportResult ImportFromSources(SiteConfig config)
    {
        var topics = Yaml.Read<TopicsFile>(File.ReadAllText(Path.Combine(config.InputDir, "topics.yml")), $"{config.Input}/topics.yml").Topics;
        return Importer.Run(
            File.ReadAllText(Path.Combine(config.SourcesDir, config.Sources.Messages)), config.Sources.Messages,
            File.ReadAllText(Path.Combine(config.SourcesDir, config.Sources.Resolutions)), config.Sources.Resolutions, topics);
    }

    static Command CheckCommand()
    {
        var cmd = new Command("check", "Check the corpus against the sources, and every translation");
        cmd.SetAction(pr => Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(RootOption)!);
            var findings = Checker.Run(config);
            foreach (var f in findings) (f.IsWarning ? Console.Out : Console.Error).WriteLine(f);
            int errors = findings.Count(f => !f.IsWarning), warnings = findings.Count - errors;
            Console.WriteLine(errors == 0 ? $"check passed ({warnings} warning(s))" : $"check failed: {errors} error(s), {warnings} warning(s)");
            return errors == 0 ? 0 : 1;
        }));
        return cmd;
    }

    /// <summary>Runs a command body; errors in what people wrote are printed plainly (file, line, fix), without a stack trace.</summary>
    public static int Run(Func<int> body)
    {
        try { return body(); }
        catch (SiteError e)
        {
            foreach (var err in e.Errors) Console.Error.WriteLine(err.ToString());
            if (e.Gathered) Console.Error.WriteLine($"{e.Errors.Count} error(s)");
            return 1;
        }
        catch (IOException e) { Console.Error.WriteLine($"error: {e.Message}"); return 1; }
    }
}
