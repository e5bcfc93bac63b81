namespace PolicyAdvisor.Engine;

/// <summary>
/// Engine events, raised synchronously in the order things happen. Handlers must not change the session.
/// </summary>
public interface ISessionEvents
{
    /// <summary>A fact entered working memory (from the caller or an action).</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was replaced by an updated copy.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact left working memory (including linked facts retracted by truth maintenance).</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>An activation was placed on the agenda.</summary>
    event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>An activation left the agenda without firing, or a fired activation stopped matching.</summary>
    event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>A rule is about to fire.</summary>
    event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>A rule fired; carries the facts its action inserted.</summary>
    event EventHandler<RuleFiredEventArgs>? RuleFired;

    /// <summary>A condition or action threw; the session then throws a <see cref="RuleExecutionException"/>.</summary>
    event EventHandler<RuleErrorEventArgs>? Error;
}
