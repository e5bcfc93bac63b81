using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>The composition root: one service provider per invocation, configured from the global options.</summary>
internal static class CliServices
{
    /// <summary>Builds the provider for one command invocation.</summary>
    public static ServiceProvider Build(CliEnvironment environment, ParseResult parse, GlobalOptions globals)
    {
        var services = new ServiceCollection();
        services.AddSingleton(environment);
        services.AddSingleton(environment.Console);
        services.AddSingleton<ILogger>(_ => CreateLogger(parse.GetValue(globals.Verbose), parse.GetValue(globals.LogFile), environment));
        services.AddSingleton(_ => new KnowledgePaths(
            environment.Locate(parse.GetValue(globals.Rules), "rules"),
            environment.Locate(parse.GetValue(globals.Seeds), "seeds")));
        CliAdviceServices.Register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static ILogger CreateLogger(bool verbose, FileInfo? logFile, CliEnvironment environment)
    {
        var consoleLevel = verbose ? LogEventLevel.Debug : LogEventLevel.Warning;
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(logFile is null ? consoleLevel : LogEventLevel.Debug)
            .WriteTo.Console(
                outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}",
                restrictedToMinimumLevel: consoleLevel,
                standardErrorFromLevel: LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        if (logFile is not null)
        {
            config = config.WriteTo.File(new CompactJsonFormatter(), Path.GetFullPath(logFile.ToString(), environment.WorkingDirectory));
        }

        return config.CreateLogger();
    }
}
