using System.Linq.Expressions;

namespace PolicyAdvisor.Engine;

/// <summary>
/// A boolean condition. Its parameters name the bindings it reads: the enclosing pattern's own name refers
/// to the candidate fact, any other name to a fact (or collection) bound by an earlier element.
/// </summary>
/// <remarks>
/// A condition that reads only the candidate is an alpha condition, evaluated once per fact and shared between
/// rules with the same type and the same expression text; one that reads earlier bindings is a join condition.
/// </remarks>
public sealed class ConditionElement
{
    /// <summary>Creates a condition from a lambda whose parameter names are binding names.</summary>
    public ConditionElement(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.ReturnType != typeof(bool))
        {
            throw new ArgumentException($"A condition must return bool. ReturnType={expression.ReturnType}", nameof(expression));
        }

        Expression = expression;
        Declarations = expression.Parameters.Select(p => p.Name ?? throw new ArgumentException("Condition parameters must be named.", nameof(expression))).ToArray();
    }

    /// <summary>The condition's expression tree.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Binding names read by the condition, in parameter order.</summary>
    public IReadOnlyList<string> Declarations { get; }

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
