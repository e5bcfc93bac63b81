namespace PolicyAdvisor.Cli.Hosting;

/// <summary>
/// An expected failure with a one-line message for the user and its exit code. Anything else that escapes a
/// command is a bug and maps to <see cref="ExitCodes.Failure"/>.
/// </summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The process exit code for this failure.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>A usage error (exit 2).</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>An invalid input file (exit 3).</summary>
    public static CliException InvalidInput(string message) => new(ExitCodes.InvalidInput, message);

    /// <summary>A failure while running (exit 1).</summary>
    public static CliException Failure(string message) => new(ExitCodes.Failure, message);
}
