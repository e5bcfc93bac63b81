using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// A type-checked condition: the lambda handed to the engine (parameter names are binding names, the candidate
/// first) and an evaluator usable outside the engine.
/// </summary>
internal sealed class CompiledCondition
{
    private readonly Lazy<Func<object?[], bool>> _evaluate;

    /// <summary>Creates a compiled condition.</summary>
    public CompiledCondition(string text, LambdaExpression lambda)
    {
        Text = text;
        Lambda = lambda;
        Declarations = lambda.Parameters.Select(p => p.Name!).ToArray();
        _evaluate = new Lazy<Func<object?[], bool>>(() => Untyped(lambda));
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The lambda: candidate first, then the earlier bindings it reads.</summary>
    public LambdaExpression Lambda { get; }

    /// <summary>Parameter names, in order.</summary>
    public IReadOnlyList<string> Declarations { get; }

    /// <summary>
    /// Evaluates the condition for <paramref name="candidate"/> given earlier bindings by name. A missing or
    /// ill-typed binding makes the condition false rather than throwing.
    /// </summary>
    public bool Evaluate(object candidate, IReadOnlyDictionary<string, object> bindings)
    {
        var arguments = new object?[Declarations.Count];
        arguments[0] = candidate;
        for (var i = 1; i < arguments.Length; i++)
        {
            if (!bindings.TryGetValue(Declarations[i], out var value) || !Lambda.Parameters[i].Type.IsInstanceOfType(value))
            {
                return false;
            }

            arguments[i] = value;
        }

        return Lambda.Parameters[0].Type.IsInstanceOfType(candidate) && _evaluate.Value(arguments);
    }

    private static Func<object?[], bool> Untyped(LambdaExpression lambda)
    {
        var array = Expression.Parameter(typeof(object?[]), "arguments");
        var arguments = lambda.Parameters.Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(array, Expression.Constant(i)), p.Type));
        var body = Expression.Invoke(lambda, arguments);
        // Evaluated a handful of times per memo (premise search), never in a sweep: interpreting avoids a JIT.
        return Expression.Lambda<Func<object?[], bool>>(body, array).Compile(preferInterpretation: true);
    }
}
