using PolicyAdvisor.Cli.Hosting;

namespace PolicyAdvisor.Cli.Commands;

/// <summary>Every top-level command, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>The commands.</summary>
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new MemoCommand(),
        new ExplainCommand(),
        new AuditCommand(),
        new TestCommand(),
        new RulesCommand(),
        new SourcesCommand(),
        new WhatIfCommand(),
        new DiffCommand(),
        new SweepCommand(),
    ];
}
