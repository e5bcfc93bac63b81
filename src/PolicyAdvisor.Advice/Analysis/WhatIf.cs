using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Applies what-if changes to a live session (update and retract, so the engine's truth maintenance withdraws
/// whatever rested on the old values) and reports what changed against the base run.
/// </summary>
public sealed class WhatIf(Advisor advisor)
{
    /// <summary>Runs <paramref name="situation"/>, applies <paramref name="edits"/> in order and compares.</summary>
    public WhatIfResult Apply(Situation situation, IReadOnlyList<WhatIfEdit> edits, DateTime? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var run = advisor.Run(situation, asOf, traced: false);
        var before = AdviceSnapshot.Of(run);
        var retracted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            if (retracted.Contains(edit.FactId))
            {
                // A fact retracted earlier in the same what-if stays gone; setting it again has nothing to change.
                continue;
            }

            if (edit.Field is null)
            {
                run.Retract(edit.FactId);
                retracted.Add(edit.FactId);
            }
            else
            {
                run.Set(edit.FactId, edit.Field, edit.Value);
            }
        }

        var after = AdviceSnapshot.Of(run);
        return new WhatIfResult(before, after, AdviceComparer.Compare(before, after), run);
    }
}

/// <summary>The outcome of a what-if.</summary>
/// <param name="Before">Conclusions of the base run.</param>
/// <param name="After">Conclusions after the changes.</param>
/// <param name="Changes">The differences, with the rules responsible.</param>
/// <param name="Run">The live run in its changed state.</param>
public sealed record WhatIfResult(AdviceSnapshot Before, AdviceSnapshot After, IReadOnlyList<AdviceChange> Changes, AdviceRun Run);
