using System.Linq.Expressions;

namespace PolicyAdvisor.Engine;

/// <summary>
/// Fluent construction of a <see cref="RuleDefinition"/> in code. Condition lambdas name their bindings through
/// their parameter names: <c>.Match&lt;Customer&gt;("c", (Customer c, Order o) =&gt; c.Id == o.CustomerId)</c>
/// joins the candidate <c>c</c> with the order bound earlier as <c>o</c>.
/// </summary>
public sealed class RuleBuilder
{
    private readonly string _id;
    private readonly List<RuleElement> _lhs = [];
    private int _priority;
    private object? _tag;
    private Action<IContext>? _action;

    /// <summary>Starts a rule with the given id.</summary>
    public RuleBuilder(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _id = id;
    }

    /// <summary>Sets the priority (salience); higher fires first.</summary>
    public RuleBuilder Priority(int priority)
    {
        _priority = priority;
        return this;
    }

    /// <summary>Attaches caller-owned metadata to the rule.</summary>
    public RuleBuilder Tag(object? tag)
    {
        _tag = tag;
        return this;
    }

    /// <summary>Matches a fact of <typeparamref name="T"/> bound to <paramref name="name"/> by conditions on it alone.</summary>
    public RuleBuilder Match<T>(string name, params Expression<Func<T, bool>>[] conditions) =>
        Add(Pattern<T>(name, conditions));

    /// <summary>Matches a fact of <typeparamref name="T"/> with conditions that may also read earlier bindings.</summary>
    public RuleBuilder Match<T>(string name, LambdaExpression condition, params LambdaExpression[] more) =>
        Add(Pattern<T>(name, [condition, .. more]));

    /// <summary>Requires that no fact of <typeparamref name="T"/> satisfy the conditions.</summary>
    public RuleBuilder Not<T>(string name, params Expression<Func<T, bool>>[] conditions) =>
        Add(new NotElement(Pattern<T>(name, conditions)));

    /// <summary>Requires that no fact of <typeparamref name="T"/> satisfy the (join) conditions.</summary>
    public RuleBuilder Not<T>(string name, LambdaExpression condition, params LambdaExpression[] more) =>
        Add(new NotElement(Pattern<T>(name, [condition, .. more])));

    /// <summary>Requires at least one fact of <typeparamref name="T"/> satisfying the conditions.</summary>
    public RuleBuilder Exists<T>(string name, params Expression<Func<T, bool>>[] conditions) =>
        Add(new ExistsElement(Pattern<T>(name, conditions)));

    /// <summary>Requires at least one fact of <typeparamref name="T"/> satisfying the (join) conditions.</summary>
    public RuleBuilder Exists<T>(string name, LambdaExpression condition, params LambdaExpression[] more) =>
        Add(new ExistsElement(Pattern<T>(name, [condition, .. more])));

    /// <summary>
    /// Binds to <paramref name="name"/> every fact of <typeparamref name="T"/> satisfying <paramref name="where"/>, in
    /// arrival order, requiring <paramref name="having"/> over the collection (an empty collection is a match unless refused).
    /// </summary>
    /// <param name="name">Binding name of the collection; <paramref name="having"/> lambdas name it as their parameter.</param>
    /// <param name="where">Condition on each collected fact (its parameter name becomes the item binding), or null for all.</param>
    /// <param name="having">Conditions on the collection (an <c>IReadOnlyList&lt;object&gt;</c>) and earlier bindings.</param>
    public RuleBuilder Collect<T>(string name, Expression<Func<T, bool>>? where = null, params LambdaExpression[] having) =>
        where is null
            ? Collect<T>(name, "item", [], having)
            : Collect<T>(name, where.Parameters[0].Name ?? "item", [where], having);

    /// <summary>Collect whose item conditions may join with earlier bindings; <paramref name="itemName"/> names the candidate.</summary>
    public RuleBuilder Collect<T>(string name, string itemName, IEnumerable<LambdaExpression> where, params LambdaExpression[] having)
    {
        ArgumentNullException.ThrowIfNull(having);
        var source = Pattern<T>(itemName, where);
        return Add(new CollectElement(name, source, [.. having.Select(h => new ConditionElement(h))]));
    }

    /// <summary>Adds a prebuilt element.</summary>
    public RuleBuilder With(RuleElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Add(element);
    }

    /// <summary>Sets the action run when the rule fires.</summary>
    public RuleBuilder Do(Action<IContext> action)
    {
        _action = action ?? throw new ArgumentNullException(nameof(action));
        return this;
    }

    /// <summary>Builds the rule; a rule without an action does nothing when it fires.</summary>
    public RuleDefinition Build() => new(_id, [.. _lhs], _action ?? (_ => { }), _priority, _tag);

    private static PatternElement Pattern<T>(string name, IEnumerable<LambdaExpression> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new PatternElement(name, typeof(T), [.. conditions.Select(c => new ConditionElement(c))]);
    }

    private RuleBuilder Add(RuleElement element)
    {
        _lhs.Add(element);
        return this;
    }
}
