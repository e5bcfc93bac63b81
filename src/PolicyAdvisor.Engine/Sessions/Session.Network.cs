using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>How fact operations flow through the network and how tokens and activations live and die.</summary>
internal sealed partial class Session
{
    /// <summary>Evaluates a condition; a throwing condition becomes a <see cref="RuleConditionException"/>.</summary>
    internal bool Test(CompiledCondition condition, object?[]? values, object? candidate)
    {
        try
        {
            return condition.Evaluate(values, candidate);
        }
        catch (Exception ex)
        {
            throw ConditionFailed(condition.RuleId, condition.Text, condition.Slots, values, candidate, ex);
        }
    }

    /// <summary>Evaluates one side of an indexed join; a throwing side becomes a <see cref="RuleConditionException"/>.</summary>
    internal object? KeyOf(CompiledKey key, object?[]? values, object? candidate)
    {
        try
        {
            return key.Evaluate(values, candidate);
        }
        catch (Exception ex)
        {
            throw ConditionFailed(key.RuleId, key.Text, key.Slots, values, candidate, ex);
        }
    }

    /// <summary>Extends <paramref name="parent"/> by one element and hands the new token to the next node.</summary>
    internal void Emit(BetaNode node, Token parent, FactHandle? handle, object? value)
    {
        // The first child reuses its parent's array: the parent reads only the slots before this one, and a slot
        // is written at most once (null to value), so every token keeps seeing the bindings it was created with.
        // Later siblings find the slot taken and copy. (A Not/Exists child writes null into a null slot.)
        var values = parent.Values;
        if (values[node.Level] is not null)
        {
            // new + copy: MemberwiseClone was 14% of insert time in the 1,000 x 10,000 profile. Only the parent's
            // own slots: the rest belong to the descendants of whichever child shares the parent's array.
            values = new object?[values.Length];
            Array.Copy(parent.Values, values, node.Level);
        }

        values[node.Level] = value;
        Enter(node.Next!, NewToken(node.Next!, parent, handle, values));
    }

    /// <summary>
    /// A fact matched a rule's first pattern: its token starts the rule's tree. There is no root token above it,
    /// since a first pattern has no earlier binding to join with (its conditions are all alpha tests); one root
    /// per rule was a quarter of a small session's tokens.
    /// </summary>
    internal void EmitFirst(BetaNode node, FactHandle handle)
    {
        var values = new object?[node.Rule.ElementCount];
        values[0] = handle.Fact;
        Enter(node.Next!, NewToken(node.Next!, null, handle, values));
    }

    /// <summary>Deletes a token and everything derived from it.</summary>
    internal void DeleteToken(Token token)
    {
        while (token.FirstChild is { } child)
        {
            DeleteToken(child);
        }

        Links.Detach(token);
        if (token.Blocker is null && token.Consumer is not TerminalNode)
        {
            BetaMemoryOf(token.Consumer.Id).Remove(token);
        }

        token.Consumer.OnTokenRemoved(this, token);
    }

    /// <summary>A complete match reached the terminal: queue it.</summary>
    internal void CreateActivation(Activation activation)
    {
        _agenda.Add(activation);
        OnActivationCreated(activation);
    }

    /// <summary>A complete match stopped holding: unqueue it, or undo what it linked if it fired.</summary>
    internal void DeleteActivation(Activation activation)
    {
        activation.IsDeleted = true;
        if (_agenda.Remove(activation))
        {
            OnActivationDeleted(activation);
            return;
        }

        if (!activation.HasFired)
        {
            return;
        }

        OnActivationDeleted(activation);
        // Deferred: retracting now would change memories the network may be iterating.
        activation.ScheduleLinkedRetracts();
    }

    /// <summary>Schedules the retraction of a linked fact whose activation already stopped holding.</summary>
    internal void ScheduleRetract(FactHandle handle) => _pendingRetracts.Enqueue(handle);

    /// <summary>Adds a new fact to working memory and the network.</summary>
    internal FactHandle InsertCore(object fact, Activation? source)
    {
        var handle = new FactHandle(fact, _nextSequence++) { Previous = _last };
        _identity.Add(fact, handle);
        if (_last is null)
        {
            _first = handle;
        }
        else
        {
            _last.Next = handle;
        }

        _last = handle;
        OnFactInserted(fact, source);
        Propagate(handle);
        return handle;
    }

    /// <summary>Replaces a fact by its updated copy: the old matches go, the copy is matched afresh.</summary>
    internal void UpdateCore(FactHandle handle, object fact, Activation? source)
    {
        Withdraw(handle);
        handle.Fact = fact;
        OnFactUpdated(fact, source);
        Propagate(handle);
    }

    /// <summary>Removes a fact from working memory and the network.</summary>
    internal void RetractCore(FactHandle handle, Activation? source)
    {
        _identity.Remove(handle.Fact);
        handle.IsLive = false;
        if (handle.Previous is null)
        {
            _first = handle.Next;
        }
        else
        {
            handle.Previous.Next = handle.Next;
        }

        if (handle.Next is null)
        {
            _last = handle.Previous;
        }
        else
        {
            handle.Next.Previous = handle.Previous;
        }

        OnFactRetracted(handle.Fact, source);
        Withdraw(handle);
    }

    /// <summary>Retracts linked facts whose support vanished, transitively. Runs only between network operations.</summary>
    internal void DrainRetracts()
    {
        while (_pendingRetracts.TryDequeue(out var handle))
        {
            if (handle.IsLive)
            {
                RetractCore(handle, handle.Source);
            }
        }
    }

    // A token for node's left memory; at a terminal, the activation itself. Activations are numbered as they are
    // created, the agenda's last key.
    private Token NewToken(BetaNode node, Token? parent, FactHandle? handle, object?[] values) =>
        node is TerminalNode terminal
            ? new Activation(this, terminal.Rule, parent, handle, values, terminal, _nextActivation++)
            : new Token(parent, handle, values, node);

    private Token SeedRoot(CompiledRule rule)
    {
        var root = NewToken(rule.First, null, null, new object?[rule.ElementCount]);
        if (rule.First is not TerminalNode)
        {
            BetaMemoryOf(rule.First.Id).Add(root);
        }

        return root;
    }

    private void Enter(BetaNode node, Token token)
    {
        Links.Attach(token);
        // A terminal never scans its left tokens (it has no right input): its activations are its memory.
        if (node is not TerminalNode)
        {
            BetaMemoryOf(node.Id).Add(token);
        }

        node.LeftActivate(this, token);
    }

    private RuleExecutionException ConditionFailed(
        string ruleId, string text, IReadOnlyList<int> slots, object?[]? values, object? candidate, Exception ex)
    {
        var facts = new List<object>();
        foreach (var slot in slots)
        {
            if (values?[slot] is { } value)
            {
                facts.Add(value);
            }
        }

        if (candidate is not null)
        {
            facts.Add(candidate);
        }

        var message = $"Condition failed. Rule={ruleId} Condition={text} Facts=[{string.Join(", ", facts)}]: {ex.Message}";
        return Failed(new RuleConditionException(message, ruleId, text, facts, ex));
    }

    private void Propagate(FactHandle handle)
    {
        // Facts tend to arrive in runs of one type (a batch of items, then one conclusion per firing): the last
        // type's roots save most lookups in the network's shared, thread-safe cache.
        var type = handle.Fact.GetType();
        if (!ReferenceEquals(type, _lastType))
        {
            _lastRoots = _network.RootsFor(type);
            _lastType = type;
        }

        foreach (var root in _lastRoots)
        {
            root.Activate(this, handle);
        }
    }

    private void Withdraw(FactHandle handle)
    {
        // Alpha memories first, so aggregates refreshed below never see the leaving fact again.
        for (var entry = handle.FirstEntry; entry is not null; entry = entry.NextOfHandle)
        {
            entry.Memory.Remove(entry);
            foreach (var index in entry.Memory.Indexes)
            {
                index.Remove(KeyOf(index.Key, null, handle.Fact), handle);
            }
        }

        handle.FirstEntry = null;
        while (handle.FirstOwned is { } token)
        {
            DeleteToken(token);
        }

        while (handle.FirstRecord is { } record)
        {
            Links.RemoveRecord(record);
            ((CollectNode)record.Token.Consumer).Refresh(this, record.Token);
        }

        while (handle.FirstBlocked is { } blocked)
        {
            Links.Unblock(blocked);
            ((QuantifierNode)blocked.Consumer).Reblock(this, blocked);
        }
    }
}
