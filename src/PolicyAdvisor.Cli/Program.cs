using PolicyAdvisor.Cli.Commands;
using PolicyAdvisor.Cli.Hosting;

// Wiring only: commands live in Commands/, services in Hosting/CliServices.cs, exit codes in Hosting/ExitCodes.cs.
return new CliApp(CliEnvironment.FromProcess(), CommandCatalog.All).Run(args);
