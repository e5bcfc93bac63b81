using PolicyAdvisor.Cli.Output;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// A listing as a Spectre table on an interactive terminal, or as plain space-aligned columns otherwise so that
/// redirected output greps and diffs cleanly.
/// </summary>
internal static class TextTable
{
    /// <summary>Writes <paramref name="rows"/> under <paramref name="headers"/>.</summary>
    public static void Write(CliConsole console, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (console.IsTerminal)
        {
            var table = new Table();
            foreach (var header in headers)
            {
                table.AddColumn(Markup.Escape(header));
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) }).Write(table);
            return;
        }

        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(headers))
        {
            // The last column is not padded, so lines carry no trailing spaces.
            var cells = row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i]));
            console.Out.WriteLine(string.Join("  ", cells));
        }
    }
}
