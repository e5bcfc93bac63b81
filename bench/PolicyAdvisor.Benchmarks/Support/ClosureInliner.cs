using System.Linq.Expressions;
using System.Reflection;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// Replaces reads of captured variables by constants. Generated rules capture loop variables; left as closure
/// reads, two conditions with different constants would print the same text, and an engine that shares alpha
/// conditions by their text would merge them wrongly. Inlining also mirrors what the rule compiler produces.
/// </summary>
internal sealed class ClosureInliner : ExpressionVisitor
{
    private static readonly ClosureInliner Instance = new();

    public static LambdaExpression Inline(LambdaExpression lambda) => (LambdaExpression)Instance.Visit(lambda);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is ConstantExpression closure && closure.Value is not null)
        {
            object? value = node.Member switch
            {
                FieldInfo field => field.GetValue(closure.Value),
                PropertyInfo property => property.GetValue(closure.Value),
                _ => null,
            };
            if (node.Member is FieldInfo or PropertyInfo)
            {
                return Expression.Constant(value, node.Type);
            }
        }

        return base.VisitMember(node);
    }
}
