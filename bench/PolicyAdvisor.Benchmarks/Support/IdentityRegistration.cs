using NRules;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>Registers <see cref="KeyIdentity{T,TKey}"/> comparers on a compiler.</summary>
internal static class IdentityRegistration
{
    public static RuleCompiler IdentifyBy<T, TKey>(this RuleCompiler compiler, Func<T, TKey> key)
        where T : class
        where TKey : notnull
    {
        compiler.FactIdentityComparerRegistry.RegisterComparer(new KeyIdentity<T, TKey>(key));
        return compiler;
    }

    /// <summary>Every instance is its own fact, even when another has equal values (records compare by value).</summary>
    public static RuleCompiler IdentifyByReference<T>(this RuleCompiler compiler)
        where T : class
    {
        compiler.FactIdentityComparerRegistry.RegisterComparer<T>(ReferenceEqualityComparer.Instance);
        return compiler;
    }
}
