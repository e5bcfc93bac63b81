using static System.FormattableString;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// The robustness sweep: runs a situation across many futures drawn from its uncertain fields, in parallel on
/// every core, and reports how often each option is advised, which are robust, and what flips them. Scenarios
/// are generated and tallied block by block and blocks are merged in order, so memory stays flat and the same
/// seed gives the same result whatever the number of cores.
/// </summary>
public sealed class Sweep(Advisor advisor)
{
    /// <summary>Runs the sweep.</summary>
    /// <param name="situation">The situation; its uncertain fields span the futures.</param>
    /// <param name="options">Method, samples, seed; defaults when null.</param>
    /// <param name="progress">Receives the number of scenarios done so far, from any thread.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="RuleRunException">A scenario passed a run budget, or a condition or action failed in it.</exception>
    /// <exception cref="WhatIfInputException">A full factorial was asked for but is too large, or the sample count is not positive.</exception>
    public SweepResult Run(Situation situation, SweepOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(situation);
        options ??= new SweepOptions();
        var space = new ScenarioSpace(advisor.RuleBase, situation, options.AsOf ?? situation.AsOf);
        var blocks = Plan(space, options);
        var catalog = advisor.RuleBase.Options.Options;
        var tally = new SweepTally(catalog.Count, space.Dimensions, options.BoxCellLimit);
        var merge = new OrderedMerge(tally);
        var width = space.Dimensions.Count;
        var done = 0L;
        var cache = options.Memoize ? OutcomeCache.For(space, catalog.Count) : null;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Workers ?? Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(
                0L,
                blocks.Count,
                parallel,
                () => (Evaluator: new ScenarioEvaluator(space, cache), Indices: new int[ScenarioBlocks.BlockSize * Math.Max(1, width)], Weights: new double[ScenarioBlocks.BlockSize]),
                (block, _, worker) =>
                {
                    var length = blocks.Length(block);
                    blocks.Fill(block, worker.Indices, worker.Weights);
                    var part = new SweepTally(catalog.Count, space.Dimensions, options.BoxCellLimit);
                    for (var s = 0; s < length; s++)
                    {
                        var row = worker.Indices.AsSpan(s * width, width);
                        worker.Evaluator.Evaluate(row);
                        part.Add(row, worker.Weights[s], worker.Evaluator.Recommended, worker.Evaluator.AtRisk);
                    }

                    merge.Add(block, part);
                    progress?.Report(new SweepProgress(Interlocked.Add(ref done, length), blocks.Scenarios));
                    return worker;
                },
                _ => { });
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Any(e => e is RuleRunException))
        {
            // Every scenario breaks the same rules the same way, so one line says it; the lowest position is
            // reported, whichever worker hit it first.
            throw failure.InnerExceptions.OfType<RuleRunException>()
                .OrderBy(e => e.Diagnostic.File, StringComparer.Ordinal).ThenBy(e => e.Diagnostic.Line).ThenBy(e => e.Diagnostic.Message, StringComparer.Ordinal)
                .First();
        }

        var titles = catalog.Select(o => o.Title).ToArray();
        var (signposts, stated) = new FlipSearch(space, titles).Search(new ScenarioEvaluator(space));
        var outcomes = catalog.Select((o, i) => Outcome(tally, space, i, o.Id, o.Title, stated[i], options)).ToArray();
        var cells = tally.Cells.OrderBy(c => c.Key).Select(c => c.Value).ToArray();
        var boxes = outcomes
            .SelectMany((o, i) => PrimSearch.Find(cells, space.Dimensions, i, o.StatedRecommended, o.OptionId, o.Title))
            .ToArray();
        return new SweepResult(blocks.Method, tally.Scenarios, options.Seed, space.Dimensions, outcomes, signposts, boxes)
        {
            RobustShare = options.RobustShare,
            RobustRiskShare = options.RobustRiskShare,
        };
    }

    private static ScenarioBlocks Plan(ScenarioSpace space, SweepOptions options)
    {
        if (options.Samples is <= 0 or > SweepOptions.MaxSamples)
        {
            throw new WhatIfInputException(Invariant($"--samples must be between 1 and {SweepOptions.MaxSamples:N0} (the sample budget), not {options.Samples:N0}."));
        }

        RequireShare(options.RobustShare, "--robust-share");
        RequireShare(options.RobustRiskShare, "--robust-risk-share");

        var method = options.Method;
        if (method == SweepMethod.Auto)
        {
            method = options.Samples is null && space.Size <= SweepOptions.MaxFactorial ? SweepMethod.FullFactorial : SweepMethod.LatinHypercube;
        }

        if (method == SweepMethod.FullFactorial && space.Size > SweepOptions.MaxFactorial)
        {
            throw new WhatIfInputException(
                $"a full factorial over these {space.Dimensions.Count} uncertain fields has more than {SweepOptions.MaxFactorial:N0} scenarios; sample instead.");
        }

        var scenarios = method == SweepMethod.FullFactorial ? space.Size : options.Samples ?? SweepOptions.DefaultSamples;
        return new ScenarioBlocks(space.Dimensions, method, scenarios, options.Seed);
    }

    // NaN fails both comparisons, so it is refused with the out-of-range values.
    private static void RequireShare(double share, string option)
    {
        if (!(share is >= 0 and <= 1))
        {
            throw new WhatIfInputException(Invariant($"{option} must be between 0 and 1, not {share}."));
        }
    }

    private static OptionOutcome Outcome(SweepTally tally, ScenarioSpace space, int option, string id, string title, bool stated, SweepOptions options)
    {
        var share = tally.Weight > 0 ? tally.Recommended[option] / tally.Weight : 0;
        var risk = tally.Weight > 0 ? tally.AtRisk[option] / tally.Weight : 0;
        var flat = tally.ValueWeight.Length;
        var byValue = space.Dimensions.Select((d, i) => (IReadOnlyList<double?>)Enumerable.Range(0, d.Values.Count)
            .Select(v =>
            {
                var weight = tally.ValueWeight[tally.Offset(i) + v];
                return weight > 0 ? tally.RecommendedByValue[(option * flat) + tally.Offset(i) + v] / weight : (double?)null;
            })
            .ToArray()).ToArray();
        return new OptionOutcome(id, title, stated, share, risk, share >= options.RobustShare && risk <= options.RobustRiskShare, byValue);
    }

    /// <summary>Merges block tallies strictly in block order, holding early finishers until their turn.</summary>
    private sealed class OrderedMerge(SweepTally total)
    {
        private readonly Dictionary<long, SweepTally> _waiting = [];
        private long _next;

        public void Add(long block, SweepTally part)
        {
            lock (_waiting)
            {
                _waiting[block] = part;
                while (_waiting.Remove(_next, out var ready))
                {
                    total.Merge(ready);
                    _next++;
                }
            }
        }
    }
}
