using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PolicyAdvisor.Benchmarks.Loading;

/// <summary>
/// FastExpressionCompiler plugged into NRules (issue 13, item 8): it emits IL for an expression tree directly,
/// without the System.Linq.Expressions compiler's own tree rewriting and closure set-up. A tree it does not support
/// is compiled by the built-in compiler instead, and counted, so a comparison says how much FEC really compiled.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public int Compiled { get; private set; }

    public int FellBack { get; private set; }

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (expression.CompileFast(ifFastFailedReturnNull: true) is { } compiled)
        {
            Compiled++;
            return compiled;
        }

        FellBack++;
        return expression.Compile();
    }
}
