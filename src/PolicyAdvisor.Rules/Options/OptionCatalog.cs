namespace PolicyAdvisor.Rules;

/// <summary>The catalog of policy options, in declaration order.</summary>
public sealed class OptionCatalog(IReadOnlyList<OptionSpec> options)
{
    /// <summary>The options in declaration order.</summary>
    public IReadOnlyList<OptionSpec> Options { get; } = options;

    /// <summary>The option with <paramref name="id"/>, or null.</summary>
    public OptionSpec? Find(string id) => Options.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
}
