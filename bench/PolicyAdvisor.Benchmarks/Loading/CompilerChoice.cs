using NRules.Extensibility;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Loading;

/// <summary>The expression compiler a load uses: <c>default</c> (NRules' own, System.Linq.Expressions) or <c>fec</c>.</summary>
internal static class CompilerChoice
{
    public static readonly string[] Names = ["default", "fec"];

    /// <summary>The load options for <paramref name="name"/>; the FEC adapter is returned too, for its counts.</summary>
    public static RuleBaseLoadOptions Options(string name, out FastCompiler? fast)
    {
        fast = name switch
        {
            "default" => null,
            "fec" => new FastCompiler(),
            _ => throw new UsageException($"Unknown compiler. Compiler={name} Known={string.Join(",", Names)}"),
        };
        // The rule base now defaults to FastExpressionCompiler, so "default" names NRules' built-in compiler.
        return new RuleBaseLoadOptions { ExpressionCompiler = (IExpressionCompiler?)fast ?? new NRules.RuleCompiler().ExpressionCompiler };
    }
}
