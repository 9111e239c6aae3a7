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
            var path = Scaffold.Create(config, corpus, pr.GetValue(id)!, pr.GetValue(lang)!);
            Console.WriteLine($"created {path}");
            Console.WriteLine("Next: fill in title, author and translators; write each paragraph's translation under its Persian comment; then run 'check'.");
            return 0;
        }));
        return cmd;
    }

}
