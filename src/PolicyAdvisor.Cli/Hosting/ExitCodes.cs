namespace PolicyAdvisor.Cli.Hosting;

/// <summary>Process exit codes, documented in README.md and in <c>--help</c>. Mapped in one place: <see cref="CliApp"/>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Failure while running; also "differences found" for diff and "a test failed" for test.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown command or option, missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>An input file (rules, situation, template, sources) is invalid; diagnostics say where.</summary>
    public const int InvalidInput = 3;

    /// <summary>One line for --help.</summary>
    public const string Legend = "Exit codes: 0 success, 1 failure while running (or differences / failed tests), 2 usage error, 3 invalid input.";
}
