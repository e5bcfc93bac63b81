using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Rewrites a condition lambda, whose parameter names are binding names, into a delegate reading the candidate
/// and earlier bindings by index. The original lambda is invoked inline, so no DynamicInvoke happens per test.
/// </summary>
internal static class ConditionCompiler
{
    /// <summary>Compiles <paramref name="condition"/> against <paramref name="scope"/>.</summary>
    /// <exception cref="RuleCompilationException">A parameter names no visible binding or has an incompatible type.</exception>
    public static CompiledCondition Compile(ConditionElement condition, BindingScope scope, string ruleId)
    {
        var values = Expression.Parameter(typeof(object?[]), "values");
        var candidate = Expression.Parameter(typeof(object), "candidate");
        var arguments = new List<Expression>();
        var slots = new List<int>();
        foreach (var parameter in condition.Expression.Parameters)
        {
            var name = parameter.Name!;
            var binding = scope.Find(name) ?? throw new RuleCompilationException(
                $"Condition reads an unknown binding. Rule={ruleId} Binding={name} Condition={condition}", ruleId);
            if (!parameter.Type.IsAssignableFrom(binding.Type))
            {
                throw new RuleCompilationException(
                    $"Condition parameter type does not fit its binding. Rule={ruleId} Binding={name} Expected={binding.Type} Actual={parameter.Type}",
                    ruleId);
            }

            Expression source = binding.IsCandidate
                ? candidate
                : Expression.ArrayIndex(values, Expression.Constant(binding.Slot));
            if (!binding.IsCandidate)
            {
                slots.Add(binding.Slot);
            }

            arguments.Add(Expression.Convert(source, parameter.Type));
        }

        var body = Expression.Invoke(condition.Expression, arguments);
        var compiled = Expression.Lambda<Func<object?[]?, object?, bool>>(body, values, candidate).Compile();
        return new CompiledCondition(compiled, condition.ToString(), ruleId, slots);
    }
}
