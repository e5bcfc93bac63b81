using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// One working memory over a shared network: fact operations, incremental matching, agenda and firing.
/// Single-threaded; creating one allocates little beyond a root token per rule that may hold without facts.
/// </summary>
internal sealed partial class Session : ISession
{
    private readonly Network _network;
    private readonly EngineOptions _options;
    private readonly Dictionary<object, FactHandle> _identity;
    private readonly Agenda _agenda;
    private readonly Queue<FactHandle> _pendingRetracts = new();
    private readonly AlphaMemory?[] _alphaMemories;
    private readonly TokenList<MemoryLinks>?[] _betaMemories;
    private JoinIndex?[]? _joinIndexes; // allocated with the first index: small sessions never build one
    private RightIndex?[] _rightIndexes = [];
    private FactHandle? _first;
    private FactHandle? _last;
    private Type? _lastType;
    private AlphaNode[] _lastRoots = [];
    private long _nextSequence;
    private long _nextActivation;

    /// <summary>Creates a session and seeds a root token for each rule that may hold without facts.</summary>
    public Session(Network network, EngineOptions options, FactIdentityComparer identity, ActivationComparer order)
    {
        _network = network;
        _options = options;
        _identity = new Dictionary<object, FactHandle>(identity);
        _agenda = new Agenda(order);
        _alphaMemories = new AlphaMemory?[network.MemoryNodes.Length];
        _betaMemories = new TokenList<MemoryLinks>?[network.BetaNodeCount];
        _fireCounts = new int[network.Rules.Length];
        foreach (var rule in network.Rules)
        {
            // A rule starting with a pattern needs no root: its first fact starts its tokens (Session.EmitFirst).
            // Rules starting with Not, Exists or Collect (or with no elements) may hold in an empty session.
            if (rule.First is not JoinNode)
            {
                rule.First.LeftActivate(this, SeedRoot(rule));
            }
        }
    }

    /// <inheritdoc />
    public IAgenda Agenda => _agenda;

    /// <inheritdoc />
    public ISessionEvents Events => this;

    /// <inheritdoc />
    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureAbsent(fact);
        InsertCore(fact, null);
        DrainRetracts();
    }

    /// <inheritdoc />
    public void InsertAll(IEnumerable<object> facts)
    {
        var batch = Materialize(facts);
        var seen = new HashSet<object>(batch.Length, _identity.Comparer);
        foreach (var fact in batch)
        {
            EnsureAbsent(fact);
            if (!seen.Add(fact))
            {
                throw new FactException($"Fact appears twice in the batch. Fact={fact}", fact);
            }
        }

        foreach (var fact in batch)
        {
            InsertCore(fact, null);
        }

        DrainRetracts();
    }

    /// <inheritdoc />
    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_identity.ContainsKey(fact))
        {
            return false;
        }

        InsertCore(fact, null);
        DrainRetracts();
        return true;
    }

    /// <inheritdoc />
    public void Update(object fact)
    {
        UpdateCore(Present(fact), fact, null);
        DrainRetracts();
    }

    /// <inheritdoc />
    public void UpdateAll(IEnumerable<object> facts)
    {
        var batch = Materialize(facts);
        var handles = batch.Select(Present).ToArray();
        for (var i = 0; i < batch.Length; i++)
        {
            UpdateCore(handles[i], batch[i], null);
        }

        DrainRetracts();
    }

    /// <inheritdoc />
    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_identity.TryGetValue(fact, out var handle))
        {
            return false;
        }

        UpdateCore(handle, fact, null);
        DrainRetracts();
        return true;
    }

    /// <inheritdoc />
    public void Retract(object fact)
    {
        RetractCore(Present(fact), null);
        DrainRetracts();
    }

    /// <inheritdoc />
    public void RetractAll(IEnumerable<object> facts)
    {
        var handles = Materialize(facts).Select(Present).ToArray();
        foreach (var handle in handles)
        {
            // A fact retracted earlier in the batch may have taken linked facts named later with it.
            if (handle.IsLive)
            {
                RetractCore(handle, null);
            }
        }

        DrainRetracts();
    }

    /// <inheritdoc />
    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_identity.TryGetValue(fact, out var handle))
        {
            return false;
        }

        RetractCore(handle, null);
        DrainRetracts();
        return true;
    }

    /// <inheritdoc />
    public IEnumerable<T> Query<T>() => Query(typeof(T)).Cast<T>();

    /// <inheritdoc />
    public IEnumerable<object> Query(Type factType)
    {
        ArgumentNullException.ThrowIfNull(factType);
        var facts = new List<object>();
        for (var handle = _first; handle is not null; handle = handle.Next)
        {
            if (factType.IsInstanceOfType(handle.Fact))
            {
                facts.Add(handle.Fact);
            }
        }

        return facts;
    }

    /// <summary>The handle of a present fact, or a <see cref="FactException"/>.</summary>
    internal FactHandle Present(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _identity.TryGetValue(fact, out var handle)
            ? handle
            : throw new FactException($"Fact is not in working memory. Fact={fact}", fact);
    }

    /// <summary>Throws a <see cref="FactException"/> if a fact with the same identity is present.</summary>
    internal void EnsureAbsent(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_identity.ContainsKey(fact))
        {
            throw new FactException($"Fact is already in working memory. Fact={fact}", fact);
        }
    }

    private static object[] Materialize(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var batch = facts.ToArray();
        foreach (var fact in batch)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
        }

        return batch;
    }
}
