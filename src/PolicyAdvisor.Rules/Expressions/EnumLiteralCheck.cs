using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds text literals compared with an enum field (<c>status == "signed"</c>, <c>list.Contains("x")</c>) that
/// are not among the field's values: a typo there would silently never match.
/// </summary>
internal sealed class EnumLiteralCheck(Func<MemberExpression, FieldSpec?> fieldOf)
{
    private readonly LiteralComparisons _comparisons = new();

    /// <summary>The offending (field, literal) pairs, in tree order.</summary>
    public IReadOnlyList<(FieldSpec Field, string Literal)> Find(Expression expression) =>
        _comparisons.Find(expression)
            // A list's Contains tests membership; a text field's Contains tests a substring, which any text may be.
            .Select(c => (Field: fieldOf(c.Member), c.Literal, c.IsMembership))
            .Where(c => c.Field is { ValueKind: FieldKind.Enum } field && (field.Kind == FieldKind.List) == c.IsMembership
                && !field.Values.Contains(c.Literal, StringComparer.Ordinal))
            .Select(c => (c.Field!, c.Literal))
            .ToArray();
}
