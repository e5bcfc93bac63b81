namespace PolicyAdvisor.Advice.Reports;

/// <summary>A change in the facts that would change the advice, ranked by how much advice it flips.</summary>
/// <param name="FactId">The fact to watch (the first one, for a joint change).</param>
/// <param name="Field">The field to watch; a joint change lists the further ones as " and fact.field".</param>
/// <param name="Value">The value to watch for (joint values joined the same way).</param>
/// <param name="Likelihood">The value's likelihood when the situation gives one, else null.</param>
/// <param name="Lost">Options advised now that stop being advised.</param>
/// <param name="Gained">Options not advised now that become advised.</param>
/// <param name="Flips">How much advice it flips: options of the recommended courses lost, plus options gained.</param>
/// <param name="Text">Phrased for a reader, e.g. "referendum outcome becomes passed".</param>
public sealed record SignpostItem(
    string FactId,
    string Field,
    string Value,
    string? Likelihood,
    IReadOnlyList<string> Lost,
    IReadOnlyList<string> Gained,
    int Flips,
    string Text);
