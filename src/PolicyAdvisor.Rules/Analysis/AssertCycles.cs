namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds derived types that can re-derive themselves: rule R asserts D and has a premise (of any kind, a
/// <c>not</c> included) over derived type T, so D depends on T; a cycle in these dependencies lets each firing
/// assert a new fact or undo its own premise and fire again. One warning (PA0240) per cycle group, with one
/// cycle spelled out type by type, naming each rule and where it is.
/// </summary>
internal static class AssertCycles
{
    /// <summary>Reports each cycle group as a warning at the first rule of its spelled-out cycle.</summary>
    public static void Report(FactSchema schema, IReadOnlyList<RuleSpec> rules, Func<RuleSpec, string> place, DiagnosticBag diagnostics)
    {
        var edges = rules
            .Where(r => r.Action.Kind == ActionKind.Assert)
            .SelectMany(r => r.Premises.Select(p => p.TypeName).Distinct(StringComparer.Ordinal)
                .Where(t => schema.Find(t) is { Derived: true })
                .Select(t => (From: t, To: r.Action.Target, Rule: r)))
            .ToArray();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Select(e => e.From).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (done.Contains(start) || ShortestCycle(start, edges) is not { } cycle)
            {
                continue;
            }

            // Every type on this cycle belongs to the same group: one warning for the group.
            done.UnionWith(cycle.Select(e => e.From));
            var steps = string.Join(", ", cycle.Select(e => $"{e.From} -> {e.To} by rule '{e.Rule.Id}' ({place(e.Rule)})"));
            var first = cycle[0].Rule;
            diagnostics.Warning(
                DiagnosticCodes.AssertCycle,
                $"derived type {start} can re-derive itself: {steps}; each firing can assert a new fact (or undo a premise) and fire again until the firing budget stops the run",
                first.File,
                first.Line,
                first.Column);
        }
    }

    // Breadth-first from `start` along the edges back to it; edges are tried in rule order, so the answer is stable.
    private static List<(string From, string To, RuleSpec Rule)>? ShortestCycle(string start, IReadOnlyList<(string From, string To, RuleSpec Rule)> edges)
    {
        var cameBy = new Dictionary<string, (string From, string To, RuleSpec Rule)>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var edge in edges.Where(e => e.From == type))
            {
                if (edge.To == start)
                {
                    var cycle = new List<(string From, string To, RuleSpec Rule)> { edge };
                    for (var at = edge.From; at != start; at = cameBy[at].From)
                    {
                        cycle.Insert(0, cameBy[at]);
                    }

                    return cycle;
                }

                if (cameBy.TryAdd(edge.To, edge))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return null;
    }
}
