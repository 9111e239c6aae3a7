using Site.Check;
using Site.Cli;

Commands.Extensions.Add(BuildCommands.Build);
Commands.Extensions.Add(BuildCommands.Serve);
Commands.Extensions.Add(TranslateCommand.Create);
Checker.More.Add(TranslateCommand.Check);
return Commands.Create().Parse(args).Invoke();
