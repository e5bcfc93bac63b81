using System.Linq.Expressions;
using NRules.RuleModel.Builders;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// Short forms for building NRules left-hand sides from C# lambdas. A lambda's parameter names are the names of
/// the patterns it reads, which is how NRules binds a condition to the facts it joins (as the rule translator does).
/// Captured loop variables can stay closures: NRules compares them by value when it shares nodes.
/// </summary>
internal static class Lhs
{
    public static PatternBuilder Pattern<T>(this GroupBuilder lhs, string name, params LambdaExpression[] conditions) =>
        WithConditions(lhs.Pattern(typeof(T), name), conditions);

    public static PatternBuilder Not<T>(this GroupBuilder lhs, string name, params LambdaExpression[] conditions) =>
        WithConditions(lhs.Not().Pattern(typeof(T), name), conditions);

    public static PatternBuilder Exists<T>(this GroupBuilder lhs, string name, params LambdaExpression[] conditions) =>
        WithConditions(lhs.Exists().Pattern(typeof(T), name), conditions);

    private static PatternBuilder WithConditions(PatternBuilder pattern, LambdaExpression[] conditions)
    {
        foreach (var condition in conditions)
        {
            pattern.Condition(condition);
        }

        return pattern;
    }
}
