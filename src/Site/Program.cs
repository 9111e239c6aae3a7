using System.Globalization;
using Site.Cli;

// What the program writes must not depend on the machine's locale: under fa_IR, th_TH or ar_SA a date formatted
// with the current culture comes out in another calendar. Each format names its culture too; this is the net.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

return Commands.Create().Parse(args).Invoke();
