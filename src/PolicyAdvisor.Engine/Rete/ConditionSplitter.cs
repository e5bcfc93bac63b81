using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Splits a condition at its top-level <c>&amp;&amp;</c> into parts, each keeping only the parameters it reads. A part
/// that reads only the candidate then becomes a shared alpha test even when the caller wrote one lambda over all
/// bindings, and an equality part can index a join.
/// </summary>
internal static class ConditionSplitter
{
    /// <summary>The parts of <paramref name="lambda"/> in evaluation order, each over the parameters it uses.</summary>
    public static IReadOnlyList<LambdaExpression> Split(LambdaExpression lambda)
    {
        var parts = new List<Expression>();
        Flatten(lambda.Body, parts);
        return [.. parts.Select(part => Prune(lambda, part))];
    }

    /// <summary>The parameters of <paramref name="lambda"/> that <paramref name="expression"/> reads.</summary>
    public static HashSet<ParameterExpression> Reads(LambdaExpression lambda, Expression expression)
    {
        var collector = new ParameterCollector(lambda.Parameters);
        collector.Visit(expression);
        return collector.Used;
    }

    private static void Flatten(Expression body, List<Expression> parts)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } and)
        {
            Flatten(and.Left, parts);
            Flatten(and.Right, parts);
        }
        else
        {
            parts.Add(body);
        }
    }

    private static LambdaExpression Prune(LambdaExpression lambda, Expression part)
    {
        var used = Reads(lambda, part);
        if (ReferenceEquals(part, lambda.Body) && used.Count == lambda.Parameters.Count)
        {
            return lambda;
        }

        return Expression.Lambda(part, lambda.Parameters.Where(used.Contains));
    }

    private sealed class ParameterCollector(IReadOnlyCollection<ParameterExpression> parameters) : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Used { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (parameters.Contains(node))
            {
                Used.Add(node);
            }

            return node;
        }
    }
}
