namespace PolicyAdvisor.Rules;

/// <summary>What makes two runtime facts the same fact in working memory: the schema type and the id.</summary>
/// <remarks>The type is compared by reference: one <see cref="RuntimeFactType"/> exists per schema type.</remarks>
internal readonly record struct FactIdentity(RuntimeFactType Type, string Id);
