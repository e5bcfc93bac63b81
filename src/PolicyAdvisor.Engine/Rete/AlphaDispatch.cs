using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// An alpha condition of the form <c>p.Member == constant</c>: its children can be found by hashing the fact's
/// member value instead of testing each condition in turn (1,000 rules testing <c>Value == k</c> cost every fact
/// 1,000 tests). The condition is still tested on the child found, so the lookup only narrows.
/// </summary>
/// <param name="SideKey">Text and parameter type of the fact side; children with equal keys share one lookup.</param>
/// <param name="Side">The fact side as a lambda over the candidate.</param>
/// <param name="Constant">The constant the fact side is compared with.</param>
/// <param name="Scope">The candidate's scope, to compile <paramref name="Side"/>.</param>
/// <param name="RuleId">The rule that declared the condition, named by errors.</param>
internal sealed record AlphaDispatch(string SideKey, LambdaExpression Side, object Constant, BindingScope Scope, string RuleId)
{
    /// <summary>Compiles the fact side into a key reader.</summary>
    public CompiledKey CompileSide() => ConditionCompiler.CompileKey(Side, Scope, RuleId);

    /// <summary>The dispatch form of <paramref name="part"/>, or null when it is not a member-equals-constant test.</summary>
    public static AlphaDispatch? TryCreate(LambdaExpression part, BindingScope scope, string ruleId)
    {
        if (part.Parameters.Count != 1 || part.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal
            || !JoinIndexSpec.IsIndexable(equal))
        {
            return null;
        }

        var parameter = part.Parameters[0];
        var (member, constant) = IsMemberOf(equal.Left, parameter) ? (equal.Left, equal.Right) : (equal.Right, equal.Left);
        if (!IsMemberOf(member, parameter) || ConstantValue(constant) is not { } value)
        {
            return null;
        }

        return new AlphaDispatch($"{member}|{parameter.Type.FullName}", Expression.Lambda(member, parameter), value, scope, ruleId);
    }

    // A property or field read straight off the candidate: a record getter, which does not throw or vary.
    private static bool IsMemberOf(Expression side, ParameterExpression parameter) =>
        side is MemberExpression { Expression: ParameterExpression owner } && owner == parameter;

    // A literal, or a variable captured by a compiler-generated closure (read once, when the rule set compiles,
    // like the sharing key already assumes).
    private static object? ConstantValue(Expression side) => side switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Expression: ConstantExpression { Value: { } closure }, Member: FieldInfo field }
            when field.DeclaringType?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null => field.GetValue(closure),
        _ => null,
    };
}
