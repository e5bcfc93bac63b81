namespace PolicyAdvisor.Rules;

/// <summary>One side of a trade-off: an option and the view that favours it.</summary>
/// <param name="Option">Option id.</param>
/// <param name="View">Why this side weighs, in the project's words.</param>
/// <param name="Sources">Claim ids supporting the view.</param>
public sealed record TradeoffSide(string Option, string View, IReadOnlyList<string> Sources);
