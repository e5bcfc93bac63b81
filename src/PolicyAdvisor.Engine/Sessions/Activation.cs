using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// A complete match of one rule: what the agenda orders and fires. It is also its own <see cref="IMatch"/> and,
/// while its action runs, the action's <see cref="IContext"/> (Activation.Context.cs): a firing used to allocate a
/// context and a match besides, for what is one match seen three ways.
/// </summary>
internal sealed partial class Activation : Token, IActivation, IMatch
{
    private readonly Session _session;
    private long[]? _sequences;
    private IReadOnlyList<object>? _facts;

    /// <summary>Creates the token that reached <paramref name="terminal"/>, which is the activation.</summary>
    public Activation(Session session, CompiledRule rule, Token? parent, FactHandle? handle, object?[] values, TerminalNode terminal, long order)
        : base(parent, handle, values, terminal)
    {
        _session = session;
        CompiledRule = rule;
        Rank = rule.Rank;
        Order = order;
    }

    /// <summary>The compiled rule.</summary>
    public CompiledRule CompiledRule { get; }

    /// <summary>The rule's <see cref="Rete.CompiledRule.Rank"/>, copied here for the agenda's comparisons.</summary>
    public ulong Rank { get; }

    /// <summary>
    /// Arrival sequences of the matched facts in pattern order: the agenda's third key. Computed when the agenda
    /// first needs it, since most comparisons are settled by <see cref="Rank"/>.
    /// </summary>
    public long[] Sequences => _sequences ??= SequencesOf(this);

    /// <summary>Creation order: the agenda's last key.</summary>
    public long Order { get; }

    /// <summary>Whether the activation is pending on the agenda.</summary>
    public bool IsQueued { get; set; }

    /// <summary>Whether the activation has fired (refraction: it never returns to the agenda).</summary>
    public bool HasFired { get; set; }

    /// <summary>Whether its token was deleted (the match no longer holds).</summary>
    public bool IsDeleted { get; set; }

    /// <inheritdoc />
    public RuleDefinition Rule => CompiledRule.Definition;

    /// <inheritdoc />
    public IMatch Match => this;

    /// <inheritdoc />
    public IReadOnlyList<string> Names => CompiledRule.Names;

    /// <inheritdoc />
    public IReadOnlyList<object> Facts => _facts ??= CompiledRule.Flatten(Values);

    /// <inheritdoc />
    public object this[string name]
    {
        get
        {
            var slot = CompiledRule.SlotOf(name);
            return slot < 0
                ? throw new KeyNotFoundException($"No such binding. Rule={Rule.Id} Binding={name}")
                : Values[slot]!;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule.Id} [{string.Join(", ", Facts)}]";

    private static long[] SequencesOf(Token token)
    {
        var count = 0;
        for (var t = token; t is not null; t = t.Parent)
        {
            if (t.Handle is not null)
            {
                count++;
            }
        }

        var sequences = new long[count];
        for (var t = token; t is not null; t = t.Parent)
        {
            if (t.Handle is not null)
            {
                sequences[--count] = t.Handle.Sequence;
            }
        }

        return sequences;
    }
}
