using System.CommandLine;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Cli.Hosting;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary><c>memo --sweep</c>: fills the memo's robustness section and signposts from a sweep of the situation.</summary>
internal static class MemoSweep
{
    /// <summary>The --sweep flag.</summary>
    public static Option<bool> Option() => new("--sweep")
    {
        Description = "Sweep the situation's uncertain fields: add a robustness section and take the signposts from the sweep.",
    };

    /// <summary>
    /// <paramref name="report"/> with the sweep's robustness summary and signposts. No progress bar: the memo
    /// itself may be going to the terminal.
    /// </summary>
    public static AdviceReport Apply(AdviceReport report, Advisor advisor, Situation situation, DateTime? asOf)
    {
        try
        {
            var result = new Sweep(advisor).Run(situation, new SweepOptions(AsOf: asOf));
            return report with { Robustness = SweepReporting.Summary(result), Signposts = SweepReporting.Signposts(result, report, situation) };
        }
        catch (WhatIfInputException e)
        {
            throw CliException.Usage(e.Message);
        }
    }
}
