using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Compiles the rules' expressions for NRules with FastExpressionCompiler, which emits IL for a tree directly. Measured
/// side by side on the shipped rule base (bench/README.md), it loads about 14% faster cold and gives the same
/// conclusions for every shipped situation; a tree it cannot compile falls back to the built-in compiler.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
