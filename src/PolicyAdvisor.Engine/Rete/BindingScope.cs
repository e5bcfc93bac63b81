namespace PolicyAdvisor.Engine.Rete;

/// <summary>The bindings visible while compiling one condition: earlier elements plus the candidate.</summary>
internal sealed class BindingScope(IReadOnlyList<Binding> earlier, Binding candidate)
{
    /// <summary>The candidate's binding.</summary>
    public Binding Candidate { get; } = candidate;

    /// <summary>Finds a binding by name, the candidate first (it shadows nothing: names are unique per rule).</summary>
    public Binding? Find(string name)
    {
        if (string.Equals(name, Candidate.Name, StringComparison.Ordinal))
        {
            return Candidate;
        }

        foreach (var binding in earlier)
        {
            if (string.Equals(binding.Name, name, StringComparison.Ordinal))
            {
                return binding;
            }
        }

        return null;
    }
}
