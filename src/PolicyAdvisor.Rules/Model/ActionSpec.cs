namespace PolicyAdvisor.Rules;

/// <summary>A rule's action as written in <c>then</c>.</summary>
/// <param name="Kind">Which action.</param>
/// <param name="Target">Option id (recommend), derived type (assert), risk id (risk) or trade-off id (tradeoff).</param>
/// <param name="Strength">Recommendation strength (strong | moderate | weak); null for other actions.</param>
/// <param name="Severity">Risk severity (low | moderate | high); null for other actions.</param>
/// <param name="Against">Options a risk weighs against; empty otherwise.</param>
/// <param name="Sides">The two sides of a trade-off; empty otherwise.</param>
/// <param name="Because">The rationale template (may contain <c>{{ binding.field }}</c>); empty when absent.</param>
/// <param name="Set">Field values of an asserted fact (strings may be templates); empty otherwise.</param>
/// <param name="Line">1-based line of <c>then</c>.</param>
/// <param name="Column">1-based column of <c>then</c>.</param>
public sealed record ActionSpec(
    ActionKind Kind,
    string Target,
    string? Strength,
    string? Severity,
    IReadOnlyList<string> Against,
    IReadOnlyList<TradeoffSide> Sides,
    string Because,
    IReadOnlyDictionary<string, object?> Set,
    int Line,
    int Column);
