using System.CommandLine;
using Site.Check;
using Site.Corpus;
using Site.Import;
using Site.Project;

namespace Site.Cli;

/// <summary>The console program: import · build · serve · check · translate · editorial.</summary>
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
        root.Subcommands.Add(BuildCommands.Extras());
        root.Subcommands.Add(TranslateCommand.Create());
        root.Subcommands.Add(TranslateCommand.Editorial());
        return root;
    }

    public static Option<string> Root => RootOption;

    static Command Import()
    {
        var force = new Option<bool>("--force") { Description = "Write the corpus files in input/ again from the sources; existing documents keep their slugs, and any value an editor changed is listed, not overwritten" };
        var discard = new Option<bool>("--discard-corrections") { Description = "With --force: replace the values listed (editors' corrections) with what the sources give" };
        var cmd = new Command("import", "Turn the source documents in input/sources into input/messages and input/resolutions");
        cmd.Options.Add(force);
        cmd.Options.Add(discard);
        cmd.SetAction(pr => Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(RootOption)!);
            var result = ImportFromSources(config);
            var existing = Corrections.Read(config.InputDir);
            if ((existing.Count > 0 || File.Exists(Path.Combine(config.InputDir, "collection.yml"))) && !pr.GetValue(force))
            {
                var example = existing.Values.Select(e => e.RelativePath).Order(StringComparer.Ordinal).FirstOrDefault() ?? "collection.yml";
                Console.Error.WriteLine($"error: {Math.Max(existing.Count, 1)} corpus file(s) exist already, e.g. {config.Input}/{example}; they may hold editors' corrections.");
                Console.Error.WriteLine("    fix: to write the corpus again from the sources, run 'import --force' (it lists every correction it would undo first).");
                return 1;
            }
            // Page addresses, and the names of the translations' files, stay what they are.
            result = Corrections.KeepSlugs(result, existing);
            var changes = Corrections.Compare(result, existing, config.Input).Concat(Corrections.CompareCollection(result, config.InputDir, config.Input)).ToList();
            if (changes.Count > 0 && !pr.GetValue(discard))
            {
                foreach (var c in changes) Console.Error.WriteLine(c);
                Console.Error.WriteLine($"error: the import would change {changes.Count} value(s) in the corpus, listed above (most are editors' corrections); nothing was written.");
                Console.Error.WriteLine("    fix: keep the corrections and leave the corpus as it is; or, to replace those values with what the sources give, run 'import --force --discard-corrections'.");
                return 1;
            }
            foreach (var c in changes) Console.WriteLine("replaced " + c);
            CorpusWriter.Write(config.InputDir, result, pr.GetValue(force));
            Console.WriteLine($"imported {result.Messages.Count} messages and {result.Resolutions.Count} resolutions into {config.Input}/ ({changes.Count} value(s) replaced); report: {config.Input}/import-report.md");
            return 0;
        }));
        return cmd;
    }

    public static ImportResult ImportFromSources(SiteConfig config)
    {
        var topics = Yaml.Read<TopicsFile>(ProjectFiles.ReadText(Path.Combine(config.InputDir, "topics.yml"), $"{config.Input}/topics.yml"), $"{config.Input}/topics.yml").Topics;
        string Source(string file) => ProjectFiles.ReadText(Path.Combine(config.SourcesDir, file), $"{config.Input}/sources/{file}");
        return Importer.Run(Source(config.Sources.Messages), config.Sources.Messages, Source(config.Sources.Resolutions), config.Sources.Resolutions, topics);
    }

    static Command CheckCommand()
    {
        var format = new Option<string>("--format") { Description = "text (the default), or github: workflow annotations a pull request shows on each line", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var cmd = new Command("check", "Check the corpus against the sources, and every translation");
        cmd.Options.Add(format);
        cmd.SetAction(pr => Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(RootOption)!);
            var findings = Checker.Run(config, out var corpus, out var translations);
            // The interface's strings: a volunteer adding a language edits them, and the build would stop on them.
            try { Model.UiStrings.LoadAll(config.ThemeDir, config.Translations); }
            catch (SiteError e) { findings = [.. findings, .. e.Errors]; }
            // The links in the texts are verified on the pages the build would make, by the build's rule.
            if (corpus is not null && translations is not null)
                findings = [.. findings, .. Pipeline.SiteBuilder.CheckLinksAsync(config, corpus, translations).GetAwaiter().GetResult()];
            findings = [.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line)];
            if (pr.GetValue(format) == "github")
                foreach (var f in findings) Console.Out.WriteLine(f.ToGitHubAnnotation());
            else
                foreach (var f in findings) (f.IsWarning ? Console.Out : Console.Error).WriteLine(f);
            int errors = findings.Count(f => !f.IsWarning), warnings = findings.Count - errors;
            Console.WriteLine(errors == 0 ? $"check passed ({warnings} warning(s))" : $"check failed: {errors} error(s), {warnings} warning(s)");
            return errors == 0 ? 0 : 1;
        }));
        return cmd;
    }

    /// <summary>ENOSPC, as .NET reports it on Linux and macOS (its message is the system's), and the Windows codes.</summary>
    static bool DiskFull(Exception e) =>
        e.HResult is 28 or 0x70 or unchecked((int)0x80070070) or unchecked((int)0x80070027) || e.Message.Contains("No space left on device", StringComparison.Ordinal);

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(DiskFull(e)
                ? "    fix: The disk is full: free some space, then run the command again (a site built before is kept as it was)."
                : "    fix: Check that the file or folder named exists and that you may read and write it (its permissions), then run the command again.");
            return 1;
        }
        catch (Exception e)
        {
            // Not a mistake in anyone's input, but a user must still not meet a stack trace: the message is enough to report.
            Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("    fix: This is a fault in the program, not in your files: please report it with the command you ran and this message.");
            return 1;
        }
    }
}
