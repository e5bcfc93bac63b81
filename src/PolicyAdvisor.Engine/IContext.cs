namespace PolicyAdvisor.Engine;

/// <summary>What a rule's action sees and may do while it fires.</summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The facts the activation matched, by binding name (a collect binding maps to an <c>IReadOnlyList&lt;object&gt;</c>).</summary>
    IMatch Match { get; }

    /// <summary>Inserts a fact that outlives the activation.</summary>
    void Insert(object fact);

    /// <summary>
    /// Inserts a fact linked to this activation (truth maintenance): it is retracted, transitively, when the
    /// activation stops matching, and replaced when the activation fires again after an update.
    /// </summary>
    void InsertLinked(object fact);

    /// <summary>Updates a fact in working memory.</summary>
    void Update(object fact);

    /// <summary>Retracts a fact from working memory.</summary>
    void Retract(object fact);

    /// <summary>Stops <see cref="ISession.Fire()"/> after this action completes.</summary>
    void Halt();
}
