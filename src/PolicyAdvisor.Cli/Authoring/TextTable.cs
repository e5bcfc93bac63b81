using System.Runtime.CompilerServices;
using PolicyAdvisor.Cli.Output;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// A listing as a Spectre table fitted to the terminal's width (see <see cref="TableLayout"/>) on an interactive
/// terminal, or as plain space-aligned columns, whole and unwrapped, otherwise, so that redirected output greps
/// and diffs cleanly and does not depend on the terminal.
/// </summary>
internal static class TextTable
{
    /// <summary>Writes <paramref name="rows"/> under <paramref name="columns"/>.</summary>
    public static void Write(CliConsole console, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (console.IsTerminal)
        {
            WriteTable(console, columns, rows);
            return;
        }

        var widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(columns.Select(c => c.Header).ToArray()))
        {
            // The last column is not padded, so lines carry no trailing spaces.
            var cells = row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i]));
            console.Out.WriteLine(string.Join("  ", cells));
        }
    }

    /// <summary>
    /// Writes the listing as JSON, every value whole: <c>{"command": ..., "items": [{header: value, ...}]}</c>,
    /// numbers as numbers, keys in column order.
    /// </summary>
    public static void WriteJson(TextWriter output, string command, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteStartArray("items");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i].IsNumber && long.TryParse(row[i], System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        json.WriteNumber(columns[i].Header, number);
                    }
                    else
                    {
                        json.WriteString(columns[i].Header, row[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    // Kept apart so that redirected output never makes the JIT load Spectre.Console (cold start).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteTable(CliConsole console, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = TableLayout.Widths(columns, rows, console.Width);
        var table = new Table();
        for (var i = 0; i < columns.Count; i++)
        {
            table.AddColumn(new Spectre.Console.TableColumn(Markup.Escape(columns[i].Header)) { Width = widths[i], NoWrap = true });
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select((cell, i) => new Text(string.Join('\n', TableLayout.Fit(cell, widths[i], columns[i].Fit))) { Overflow = Overflow.Ellipsis }).ToArray());
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        ansi.Profile.Width = Math.Max(console.Width, widths.Sum() + TableLayout.Overhead(columns.Count));
        ansi.Write(table);
    }
}
