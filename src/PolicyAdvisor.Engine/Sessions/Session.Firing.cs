using System.Globalization;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>The firing loop: agenda order, halting, cancellation, the loop guard and action failures.</summary>
internal sealed partial class Session
{
    private readonly int[] _fireCounts;
    private bool _halted;

    /// <inheritdoc />
    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    /// <inheritdoc />
    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    /// <inheritdoc />
    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    /// <inheritdoc />
    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRulesNumber);
        _halted = false;
        Array.Clear(_fireCounts);
        var fired = 0;
        while (fired < maxRulesNumber && !_halted && !cancellationToken.IsCancellationRequested && !_agenda.IsEmpty)
        {
            if (fired >= _options.MaxActivationsPerFire)
            {
                throw LoopDetected();
            }

            _agenda.TryPop(out var activation);
            FireOne(activation);
            fired++;
        }

        return fired;
    }

    /// <summary>Stops the current <see cref="Fire()"/> once the running action returns.</summary>
    internal void Halt() => _halted = true;

    private void FireOne(Activation activation)
    {
        activation.HasFired = true;
        _fireCounts[activation.CompiledRule.Index]++;
        OnRuleFiring(activation);
        try
        {
            activation.Rule.Action(activation);
        }
        catch (RuleExecutionException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var facts = activation.Facts;
            var message = $"Action failed. Rule={activation.Rule.Id} Facts=[{string.Join(", ", facts)}]: {ex.Message}";
            throw Failed(new RuleActionException(message, activation.Rule.Id, facts, ex));
        }

        DrainRetracts();
        OnRuleFired(activation, activation.TakeInserted());
    }

    private RuleLoopException LoopDetected()
    {
        var top = Enumerable.Range(0, _fireCounts.Length)
            .Where(i => _fireCounts[i] > 0)
            .OrderByDescending(i => _fireCounts[i])
            .ThenBy(i => i)
            .Take(3)
            .ToArray();
        var ids = top.Select(i => _network.Rules[i].Definition.Id).ToArray();
        var described = top.Select(i => string.Create(CultureInfo.InvariantCulture, $"{_network.Rules[i].Definition.Id} ({_fireCounts[i]} times)"));
        var limit = _options.MaxActivationsPerFire;
        return new RuleLoopException(
            string.Create(CultureInfo.InvariantCulture, $"Rules kept firing beyond the bound of {limit} activations in one Fire. Rules=[{string.Join(", ", described)}]"),
            limit,
            ids);
    }
}
