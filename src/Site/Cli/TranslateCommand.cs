using System.CommandLine;
using Site.Check;
using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Cli;

public static class TranslateCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The id of the message or resolution, e.g. msg-015 or res-03" };
        var lang = new Option<string>("--lang") { Description = "The language to translate into", DefaultValueFactory = _ => "en" };
        var cmd = new Command("translate", "Scaffold a translation file for one message or resolution");
        cmd.Arguments.Add(id);
        cmd.Options.Add(lang);
        cmd.SetAction(pr => Commands.Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(Commands.Root)!);
            var corpus = CorpusReader.Read(config.InputDir, config.Root);
            var into = pr.GetValue(lang)!.ToLowerInvariant();
            var path = Scaffold.Create(config, corpus, pr.GetValue(id)!, into);
            Console.WriteLine($"created {path} (a translation into '{into}'{(pr.GetResult(lang) is null or { Implicit: true } ? "; --lang names another language" : "")})");
            var message = path.Contains("/messages/", StringComparison.Ordinal) || path.Contains("\\messages\\", StringComparison.Ordinal);
            Console.WriteLine($"Next: fill in {(message ? "title, author (the sender, as your language writes the name)" : "title")} and translators; write each paragraph's translation under its Persian comment; then run 'check'.");
            return 0;
        }));
        return cmd;
    }

    /// <summary>
    /// editorial ID [--paragraph N]: the original's change was editorial (a typo, a spelling), the translations still
    /// hold: pin the new wording in every translation of the document, so that they do not go stale.
    /// </summary>
    public static Command Editorial()
    {
        var id = new Argument<string>("id") { Description = "The id of the message or resolution whose original was corrected, e.g. msg-015" };
        var paragraph = new Option<int?>("--paragraph") { Description = "The paragraph that was corrected (by default: every paragraph that changed)" };
        var cmd = new Command("editorial", "Mark a correction of an original as editorial: its translations' hashes and comments take the new wording");
        cmd.Arguments.Add(id);
        cmd.Options.Add(paragraph);
        cmd.SetAction(pr => Commands.Run(() =>
        {
            var config = SiteConfig.Load(pr.GetValue(Commands.Root)!);
            var corpus = CorpusReader.Read(config.InputDir, config.Root);
            var changed = Repin.Run(config, corpus, pr.GetValue(id)!, pr.GetValue(paragraph), TranslationReader.ReadAll(config, corpus).Findings);
            foreach (var (file, numbers) in changed)
                Console.WriteLine($"{file}: paragraph(s) {string.Join(", ", numbers)} pinned to the original's new wording");
            if (changed.Count == 0) Console.WriteLine("nothing to pin: no translation of this document is stale" + (pr.GetValue(paragraph) is { } n ? $" in paragraph {n}" : ""));
            return 0;
        }));
        return cmd;
    }
}
