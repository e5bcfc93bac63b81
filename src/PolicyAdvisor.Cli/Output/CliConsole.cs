namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// Where commands write: standard output for results, standard error for diagnostics and logs. Injected so
/// tests substitute <see cref="StringWriter"/>s and run commands in-process.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool isTerminal, int width = CliConsole.DefaultWidth)
{
    /// <summary>Results (memos, tables, JSON).</summary>
    public TextWriter Out { get; } = output;

    /// <summary>One-line errors, diagnostics and logs.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>
    /// True when standard output is an interactive terminal and NO_COLOR is not set: only then are Spectre tables,
    /// trees and colours used; redirected output is plain text that diffs cleanly.
    /// </summary>
    public bool IsTerminal { get; } = isTerminal;

    /// <summary>The width assumed when the terminal does not say.</summary>
    public const int DefaultWidth = 80;

    /// <summary>Columns of the terminal, which tables fit into; <see cref="DefaultWidth"/> when unknown.</summary>
    public int Width { get; } = width > 0 ? width : DefaultWidth;

    /// <summary>The process's real console.</summary>
    public static CliConsole FromProcess()
    {
        var terminal = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new(Console.Out, Console.Error, terminal, terminal ? TerminalWidth() : DefaultWidth);
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
}
