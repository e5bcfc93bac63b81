using PolicyAdvisor.Advice.Analysis;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>Prints a sweep for a reader: a table of options, then the signposts and boxes.</summary>
internal static class SweepText
{
    /// <summary>Plain text, for redirected output.</summary>
    public static void Write(TextWriter output, SweepResult result, string situation)
    {
        output.WriteLine($"Sweep of {situation}: {result.Scenarios} scenarios ({result.MethodName}, seed {result.Seed}) over {result.Dimensions.Count} uncertain field(s).");
        output.WriteLine();
        output.WriteLine("advised  at-risk  robust  option");
        foreach (var o in result.Options)
        {
            output.WriteLine($"{Pct(o.RecommendedShare),7}  {Pct(o.RiskShare),7}  {(o.Robust ? "yes" : "no"),6}  {o.OptionId}{(o.StatedRecommended ? " *" : string.Empty)}");
        }

        output.WriteLine($"(* advised in the situation as stated; {Robustness(result)})");
        Lists(output, result);
    }

    /// <summary>A Spectre table, for a terminal.</summary>
    public static void Write(IAnsiConsole console, TextWriter output, SweepResult result, string situation)
    {
        console.MarkupLine($"[bold]Sweep of {Markup.Escape(situation)}[/]: {result.Scenarios} scenarios ({result.MethodName}, seed {result.Seed}) over {result.Dimensions.Count} uncertain field(s).");
        var table = new Table().AddColumn("Option").AddColumn(new TableColumn("Advised").RightAligned()).AddColumn(new TableColumn("At risk").RightAligned()).AddColumn("Robust");
        foreach (var o in result.Options)
        {
            table.AddRow(Markup.Escape(o.OptionId + (o.StatedRecommended ? " *" : string.Empty)), Pct(o.RecommendedShare), Pct(o.RiskShare), o.Robust ? "[green]yes[/]" : "no");
        }

        console.Write(table);
        console.WriteLine($"(* advised in the situation as stated; {Robustness(result)})");
        Lists(output, result);
    }

    private static void Lists(TextWriter output, SweepResult result)
    {
        output.WriteLine();
        output.WriteLine("Signposts (smallest changes from the situation as stated that flip an option):");
        foreach (var s in result.Signposts)
        {
            output.WriteLine($"  - {s.Text}");
        }

        if (result.Signposts.Count == 0)
        {
            output.WriteLine("  - none: no change to the uncertain fields flips any option");
        }

        output.WriteLine();
        output.WriteLine("Where options flip (PRIM-style boxes):");
        foreach (var b in result.Boxes)
        {
            output.WriteLine($"  - {b.Text}");
        }

        if (result.Boxes.Count == 0)
        {
            output.WriteLine("  - none");
        }
    }

    /// <summary>The robustness rule as one line, e.g. "robust: advised in at least 60.0% and at risk in at most 20.0%".</summary>
    internal static string Robustness(SweepResult result) =>
        $"robust: advised in at least {Pct(result.RobustShare)} and at risk in at most {Pct(result.RobustRiskShare)}";

    private static string Pct(double share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
