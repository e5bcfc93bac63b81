using System.Linq.Expressions;
using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// Short constructors for left-hand-side elements built from C# lambdas. Lambda parameter names are the
/// binding names, exactly as <see cref="ConditionElement"/> expects.
/// </summary>
internal static class Lhs
{
    public static PatternElement Pattern<T>(string name, params LambdaExpression[] conditions) =>
        new(name, typeof(T), conditions.Select(c => new ConditionElement(ClosureInliner.Inline(c))).ToArray());

    public static NotElement Not<T>(string name, params LambdaExpression[] conditions) =>
        new(Pattern<T>(name, conditions));

    public static ExistsElement Exists<T>(string name, params LambdaExpression[] conditions) =>
        new(Pattern<T>(name, conditions));
}
