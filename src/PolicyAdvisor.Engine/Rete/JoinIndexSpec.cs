using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A hash index on a join: the first join condition is <c>candidateSide == earlierSide</c>, so a left token only
/// meets right facts whose key equals its own, and vice versa. The equality stays among the join conditions;
/// the index only narrows which pairs are tested, so it may never drop a true match.
/// </summary>
/// <param name="FactKey">The candidate side.</param>
/// <param name="TokenKey">The earlier-bindings side.</param>
internal sealed record JoinIndexSpec(CompiledKey FactKey, CompiledKey TokenKey)
{
    /// <summary>Sharing key of the fact side (with its alpha memory, it decides which joins share a right index).</summary>
    public string FactSideKey { get; init; } = string.Empty;

    /// <summary>Index of the session's shared right index this join reads.</summary>
    public int RightIndexId { get; init; }

    /// <summary>
    /// An index for <paramref name="part"/> when it is an equality whose sides split between the candidate and
    /// earlier bindings, over a type whose <c>==</c> agrees with <see cref="object.Equals(object?)"/> and hashing.
    /// </summary>
    public static JoinIndexSpec? TryCreate(LambdaExpression part, string candidateName, BindingScope scope, string ruleId, ExpressionKey keys)
    {
        if (part.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsIndexable(equal))
        {
            return null;
        }

        var left = Side(part, equal.Left, candidateName);
        var right = Side(part, equal.Right, candidateName);
        return (left, right) switch
        {
            ({ IsCandidate: true } l, { IsCandidate: false } r) => Create(part, l.Lambda, r.Lambda, scope, ruleId) with { FactSideKey = keys.For(l.Lambda) },
            ({ IsCandidate: false } l, { IsCandidate: true } r) => Create(part, r.Lambda, l.Lambda, scope, ruleId) with { FactSideKey = keys.For(r.Lambda) },
            _ => null,
        };
    }

    // Errors name the whole equality, which is what the rule author wrote.
    private static JoinIndexSpec Create(LambdaExpression part, LambdaExpression fact, LambdaExpression token, BindingScope scope, string ruleId) =>
        new(ConditionCompiler.CompileKey(fact, scope, ruleId) with { Text = part.ToString() },
            ConditionCompiler.CompileKey(token, scope, ruleId) with { Text = part.ToString() });

    private static (bool IsCandidate, LambdaExpression Lambda)? Side(LambdaExpression part, Expression side, string candidateName)
    {
        var reads = ConditionSplitter.Reads(part, side);
        if (reads.Count == 0)
        {
            return null;
        }

        var candidate = reads.Count(p => string.Equals(p.Name, candidateName, StringComparison.Ordinal));
        if (candidate != 0 && candidate != reads.Count)
        {
            return null;
        }

        return (candidate != 0, Expression.Lambda(side, part.Parameters.Where(reads.Contains)));
    }

    /// <summary>Whether <paramref name="equal"/> compares a type whose <c>==</c> agrees with Equals and hashing.</summary>
    public static bool IsIndexable(BinaryExpression equal)
    {
        var type = Nullable.GetUnderlyingType(equal.Left.Type) ?? equal.Left.Type;
        if (equal.Left.Type != equal.Right.Type)
        {
            return false;
        }

        // Floating point is left out: NaN == NaN is false while NaN.Equals(NaN) is true.
        var byValue = type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTime)
            || type.IsEnum || (type.IsPrimitive && type != typeof(float) && type != typeof(double));
        return byValue && (equal.Method is null || equal.Method.DeclaringType == type);
    }
}
