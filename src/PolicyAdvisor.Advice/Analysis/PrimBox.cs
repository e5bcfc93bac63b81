namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// A PRIM-style box: the values of the key uncertainties that together describe where an option flips, found by
/// peeling away one value at a time while the share of flips inside the box rises.
/// </summary>
/// <param name="OptionId">The option.</param>
/// <param name="Lost">True when the box describes where it stops being advised; false where it becomes advised.</param>
/// <param name="Restrictions">The fields the box restricts and the values it keeps; fields not listed are free.</param>
/// <param name="Density">Weighted share of scenarios inside the box where the option flips.</param>
/// <param name="Coverage">Weighted share of all flipping scenarios that fall inside the box.</param>
/// <param name="Mass">Weighted share of all scenarios inside the box.</param>
/// <param name="Text">Phrased for a reader.</param>
public sealed record PrimBox(
    string OptionId,
    bool Lost,
    IReadOnlyList<BoxRestriction> Restrictions,
    double Density,
    double Coverage,
    double Mass,
    string Text);

/// <summary>One field restricted by a box.</summary>
/// <param name="FactId">The fact.</param>
/// <param name="Field">The field.</param>
/// <param name="Values">The values the box keeps.</param>
public sealed record BoxRestriction(string FactId, string Field, IReadOnlyList<string> Values);
