using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds text literals compared with an enum field (<c>status == "signed"</c>, <c>list.Contains("x")</c>) that
/// are not among the field's values: a typo there would silently never match.
/// </summary>
internal sealed class EnumLiteralCheck(Func<MemberExpression, FieldSpec?> fieldOf) : ExpressionVisitor
{
    private readonly List<(FieldSpec Field, string Literal)> _bad = [];

    /// <summary>The offending (field, literal) pairs, in tree order.</summary>
    public IReadOnlyList<(FieldSpec Field, string Literal)> Find(Expression expression)
    {
        _bad.Clear();
        Visit(expression);
        return _bad;
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            Compare(node.Left, node.Right, list: false);
            Compare(node.Right, node.Left, list: false);
        }

        return base.VisitBinary(node);
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.Name == "Contains" && node.Arguments.Count > 0)
        {
            var owner = node.Object ?? node.Arguments[0];
            Compare(owner, node.Arguments[^1], list: true);
        }

        return base.VisitMethodCall(node);
    }

    private void Compare(Expression side, Expression other, bool list)
    {
        // A list's Contains tests membership; a text field's Contains tests a substring, which any text may be.
        if (side is MemberExpression member && fieldOf(member) is { ValueKind: FieldKind.Enum } field
            && (field.Kind == FieldKind.List) == list
            && other is ConstantExpression { Value: string literal }
            && !field.Values.Contains(literal, StringComparer.Ordinal))
        {
            _bad.Add((field, literal));
        }
    }
}
