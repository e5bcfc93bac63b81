namespace PolicyAdvisor.Rules;

/// <summary>A fact type of the schema.</summary>
/// <param name="Name">Type name (PascalCase).</param>
/// <param name="Description">What a fact of this type states.</param>
/// <param name="Derived">Whether only rules may assert it (situations may not).</param>
/// <param name="BuiltIn">Whether it is one of Situation, Recommendation, Risk, Tradeoff.</param>
/// <param name="Fields">Fields in declaration order (the implicit <c>id</c> is not listed).</param>
/// <param name="File">Where it is declared (empty for built-ins).</param>
/// <param name="Line">1-based line of the declaration, 0 for built-ins.</param>
/// <param name="Column">1-based column of the declaration, 0 for built-ins.</param>
public sealed record FactTypeSpec(string Name, string Description, bool Derived, bool BuiltIn, IReadOnlyList<FieldSpec> Fields, string File, int Line, int Column)
{
    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldSpec? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
