namespace PolicyAdvisor.Rules;

/// <summary>
/// A text literal a condition compares with a field whose values are known only once the whole rule base (or
/// every situation) is loaded: an option, risk, trade-off or rule id, or a fact id. Checked after loading.
/// </summary>
/// <param name="TypeName">The fact type whose member is compared.</param>
/// <param name="Member">The field (or <c>id</c>).</param>
/// <param name="Literal">The text compared with it.</param>
/// <param name="File">File of the condition.</param>
/// <param name="Line">1-based line of the literal.</param>
/// <param name="Column">1-based column of the literal's opening quote.</param>
public sealed record LiteralUse(string TypeName, string Member, string Literal, string File, int Line, int Column);
