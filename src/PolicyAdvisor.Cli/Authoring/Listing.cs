using System.CommandLine;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>The <c>list</c> subcommands' output: a table (fitted on a terminal, plain when piped) or JSON.</summary>
internal static class Listing
{
    /// <summary>--format table|json.</summary>
    public static Option<string> FormatOption() =>
        CommonOptions.Choice("--format", "table (fitted to the terminal; plain columns when piped) or json (every value whole).", "table", ["table", "json"], "-f");

    /// <summary>Writes the listing in <paramref name="format"/>.</summary>
    public static void Write(CliConsole console, string format, string command, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (format == "json")
        {
            TextTable.WriteJson(console.Out, command, columns, rows);
        }
        else
        {
            TextTable.Write(console, columns, rows);
        }
    }
}
