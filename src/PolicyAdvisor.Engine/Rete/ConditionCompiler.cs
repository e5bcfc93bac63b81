using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Rewrites a lambda whose parameter names are binding names into a delegate reading the candidate and earlier
/// bindings by index. The original lambda is invoked inline, so no DynamicInvoke happens per test.
/// </summary>
internal static class ConditionCompiler
{
    /// <summary>Checks that every parameter of <paramref name="lambda"/> names a visible binding of a fitting type.</summary>
    /// <exception cref="RuleCompilationException">A parameter names no visible binding or has an incompatible type.</exception>
    public static void Validate(LambdaExpression lambda, BindingScope scope, string ruleId)
    {
        foreach (var parameter in lambda.Parameters)
        {
            Resolve(parameter, lambda, scope, ruleId);
        }
    }

    /// <summary>Compiles a boolean condition (interpreted at first, see <see cref="TieredFunc{TResult}"/>).</summary>
    public static CompiledCondition Compile(LambdaExpression lambda, BindingScope scope, string ruleId)
    {
        var (body, values, candidate, slots) = Bind(lambda, scope, ruleId);
        var tiered = new TieredFunc<bool>(Expression.Lambda<Func<object?[]?, object?, bool>>(body, values, candidate));
        return new CompiledCondition(tiered.Invoke, lambda.ToString(), ruleId, slots);
    }

    /// <summary>Compiles a value expression (one side of an indexed equality), boxed.</summary>
    public static CompiledKey CompileKey(LambdaExpression lambda, BindingScope scope, string ruleId)
    {
        var (body, values, candidate, slots) = Bind(lambda, scope, ruleId);
        var boxed = Expression.Convert(body, typeof(object));
        var tiered = new TieredFunc<object?>(Expression.Lambda<Func<object?[]?, object?, object?>>(boxed, values, candidate));
        return new CompiledKey(tiered.Invoke, lambda.ToString(), ruleId, slots);
    }

    private static (Expression Body, ParameterExpression Values, ParameterExpression Candidate, int[] Slots) Bind(
        LambdaExpression lambda, BindingScope scope, string ruleId)
    {
        var values = Expression.Parameter(typeof(object?[]), "values");
        var candidate = Expression.Parameter(typeof(object), "candidate");
        var arguments = new List<Expression>();
        var slots = new List<int>();
        foreach (var parameter in lambda.Parameters)
        {
            var binding = Resolve(parameter, lambda, scope, ruleId);
            Expression source = binding.IsCandidate
                ? candidate
                : Expression.ArrayIndex(values, Expression.Constant(binding.Slot));
            if (!binding.IsCandidate)
            {
                slots.Add(binding.Slot);
            }

            arguments.Add(Expression.Convert(source, parameter.Type));
        }

        return (Expression.Invoke(lambda, arguments), values, candidate, [.. slots]);
    }

    private static Binding Resolve(ParameterExpression parameter, LambdaExpression lambda, BindingScope scope, string ruleId)
    {
        var name = parameter.Name ?? string.Empty;
        var binding = scope.Find(name) ?? throw new RuleCompilationException(
            $"Condition reads an unknown binding. Rule={ruleId} Binding={name} Condition={lambda}", ruleId);
        return parameter.Type.IsAssignableFrom(binding.Type)
            ? binding
            : throw new RuleCompilationException(
                $"Condition parameter type does not fit its binding. Rule={ruleId} Binding={name} Expected={binding.Type} Actual={parameter.Type}",
                ruleId);
    }
}
