using Site.Cli;

return Commands.Create().Parse(args).Invoke();
