using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>A complete match of one rule: what the agenda orders and fires.</summary>
internal sealed class Activation : IActivation
{
    private IMatch? _match;

    /// <summary>Creates an activation for <paramref name="token"/>, stamping its ordering key.</summary>
    public Activation(CompiledRule rule, Token token, long order)
    {
        CompiledRule = rule;
        Rank = rule.Rank;
        Token = token;
        Order = order;
        Sequences = SequencesOf(token);
    }

    /// <summary>The compiled rule.</summary>
    public CompiledRule CompiledRule { get; }

    /// <summary>The rule's <see cref="Rete.CompiledRule.Rank"/>, copied here for the agenda's comparisons.</summary>
    public ulong Rank { get; }

    /// <summary>The matching token.</summary>
    public Token Token { get; }

    /// <summary>Arrival sequences of the matched facts in pattern order: the agenda's third key.</summary>
    public long[] Sequences { get; }

    /// <summary>Creation order: the agenda's last key.</summary>
    public long Order { get; }

    /// <summary>Whether the activation is pending on the agenda.</summary>
    public bool IsQueued { get; set; }

    /// <summary>Whether the activation has fired (refraction: it never returns to the agenda).</summary>
    public bool HasFired { get; set; }

    /// <summary>Whether its token was deleted (the match no longer holds).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Facts its action inserted as linked facts, retracted when the match stops holding.</summary>
    public List<FactHandle>? Linked { get; set; }

    /// <inheritdoc />
    public RuleDefinition Rule => CompiledRule.Definition;

    /// <inheritdoc />
    public IMatch Match => _match ??= new Match(CompiledRule, Token.Values);

    /// <inheritdoc />
    public override string ToString() => $"{Rule.Id} [{string.Join(", ", Match.Facts)}]";

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
