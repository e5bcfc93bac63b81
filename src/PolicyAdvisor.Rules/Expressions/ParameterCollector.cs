using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>Finds the parameters a body reads, so a condition declares only the bindings it really joins on.</summary>
internal sealed class ParameterCollector : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _found = [];

    /// <summary>The parameters read anywhere in <paramref name="body"/>.</summary>
    public static IReadOnlySet<ParameterExpression> Collect(Expression body)
    {
        var collector = new ParameterCollector();
        collector.Visit(body);
        return collector._found;
    }

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found.Add(node);
        return node;
    }
}
