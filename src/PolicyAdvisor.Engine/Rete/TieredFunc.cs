using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A condition or key that runs interpreted until it has been called <see cref="CompileAfter"/> times, then
/// compiled, the way a JIT tiers methods. Compiling every condition up front cost about a quarter of a cold start
/// of the CLI (one dynamic method JIT-compiled per condition) for conditions a memo evaluates a few dozen times;
/// a sweep calls the same conditions millions of times and gets compiled code after the first few scenarios.
/// </summary>
/// <remarks>
/// A network is shared by every session of its factory, possibly on several threads: the counter may lose
/// increments and two threads may both compile, which only costs time; a reader sees either delegate, and both
/// compute the same result.
/// </remarks>
internal sealed class TieredFunc<TResult>(Expression<Func<object?[]?, object?, TResult>> lambda)
{
    /// <summary>Calls after which the lambda is compiled.</summary>
    public const int CompileAfter = 256;

    private Func<object?[]?, object?, TResult>? _interpreted;
    private Func<object?[]?, object?, TResult>? _compiled;
    private int _calls;

    /// <summary>Whether the compiled form is in use (for tests).</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>Evaluates the lambda.</summary>
    public TResult Invoke(object?[]? values, object? candidate)
    {
        if (_compiled is { } compiled)
        {
            return compiled(values, candidate);
        }

        if (++_calls >= CompileAfter)
        {
            _compiled = compiled = lambda.Compile();
            return compiled(values, candidate);
        }

        return (_interpreted ??= lambda.Compile(preferInterpretation: true))(values, candidate);
    }
}
