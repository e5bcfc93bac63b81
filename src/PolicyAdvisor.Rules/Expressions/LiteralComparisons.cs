using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds every text literal a condition compares with a fact's member: <c>field == "x"</c>, <c>"x" != field</c>
/// and <c>list.Contains("x")</c>, so the literal can be checked against the values the member can take.
/// </summary>
internal sealed class LiteralComparisons : ExpressionVisitor
{
    private readonly List<LiteralComparison> _found = [];

    /// <summary>The comparisons in tree order.</summary>
    public IReadOnlyList<LiteralComparison> Find(Expression expression)
    {
        _found.Clear();
        Visit(expression);
        return _found.ToArray();
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
        if (side is MemberExpression member && other is ConstantExpression { Value: string literal })
        {
            _found.Add(new LiteralComparison(member, literal, list));
        }
    }
}

/// <summary>A text literal compared with a member.</summary>
/// <param name="Member">The member (a fact's field or id).</param>
/// <param name="Literal">The text.</param>
/// <param name="IsMembership">Whether it is <c>Contains</c> (membership of a list, or a substring of text) rather than equality.</param>
internal sealed record LiteralComparison(MemberExpression Member, string Literal, bool IsMembership);
