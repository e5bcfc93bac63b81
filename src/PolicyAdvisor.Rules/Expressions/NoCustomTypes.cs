using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace PolicyAdvisor.Rules;

/// <summary>
/// A Dynamic LINQ type provider that offers no types and no extension methods. The library's default provider
/// scans every loaded assembly for <c>[DynamicLinqType]</c> classes on first use, which was the largest single cost
/// of a cold start (about a tenth of <c>memo</c>); conditions may name no CLR type anyway, so refusing them here
/// also narrows what an expression can reach before the allow-list walk looks at it.
/// </summary>
internal sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
{
    /// <inheritdoc />
    public HashSet<Type> GetCustomTypes() => [];

    /// <inheritdoc />
    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    /// <inheritdoc />
    public Type? ResolveType(string typeName) => null;

    /// <inheritdoc />
    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
