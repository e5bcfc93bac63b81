using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Translates one validated YAML rule into an NRules rule definition. Conditions are the lambdas the expression
/// compiler built (parameter names are binding names, which is how NRules finds the facts a condition reads), so the
/// translation only arranges them into NRules' patterns.
/// </summary>
internal static class RuleTranslator
{
    private static readonly System.Reflection.MethodInfo RunAction = typeof(ActionRunner).GetMethod(nameof(ActionRunner.Run))!;
    private static readonly System.Reflection.MethodInfo Snapshot = typeof(RuleTranslator).GetMethod(nameof(CollectedList), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>The NRules definition of <paramref name="rule"/>, whose action is <paramref name="action"/>.</summary>
    public static IRuleDefinition Translate(RuleSpec rule, FactSchema schema, ActionRunner action)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Id);
        builder.Description(rule.Title);
        builder.Priority(rule.Priority);
        builder.Property(RuleProperties.Id, rule.Id);
        builder.Property(RuleProperties.Kind, rule.Kind.ToString().ToLowerInvariant());
        builder.Property(RuleProperties.File, rule.File);
        builder.Property(RuleProperties.Line, rule.Line);
        builder.Property(RuleProperties.Column, rule.Column);

        var lhs = builder.LeftHandSide();
        foreach (var premise in rule.Premises)
        {
            var type = schema.RuntimeType(premise.TypeName);
            switch (premise.Kind)
            {
                case PremiseKind.Pattern:
                    AddConditions(lhs.Pattern(type, premise.ElementName), premise);
                    break;
                case PremiseKind.Not:
                    AddConditions(lhs.Not().Pattern(type, premise.ElementName), premise);
                    break;
                case PremiseKind.Exists:
                    AddConditions(lhs.Exists().Pattern(type, premise.ElementName), premise);
                    break;
                default:
                    AddCollect(lhs, type, premise);
                    break;
            }
        }

        // Activated and Reactivated: a match that changes (a what-if update) re-runs the action, which updates its
        // linked conclusion in place; a match that goes away takes its linked conclusion with it (NRules does that).
        var context = Expression.Parameter(typeof(IContext), "context");
        builder.RightHandSide().Action(
            Expression.Lambda<Action<IContext>>(Expression.Call(Expression.Constant(action), RunAction, context), context),
            ActionTrigger.Activated | ActionTrigger.Reactivated);
        return builder.Build();
    }

    private static void AddConditions(PatternBuilder pattern, PremiseSpec premise)
    {
        foreach (var condition in premise.Conditions)
        {
            pattern.Condition(condition.Lambda);
        }
    }

    /// <summary>
    /// A collect is three NRules elements: the matching facts (the item pattern, named like the premise's
    /// candidate so its conditions bind), NRules' Collect aggregate over them, and the binding the rule names,
    /// which presents the collection as the read-only list the language promises; <c>having</c> tests that list.
    /// </summary>
    private static void AddCollect(GroupBuilder lhs, Type type, PremiseSpec premise)
    {
        var collectionType = typeof(IEnumerable<>).MakeGenericType(type);
        var collectionName = premise.ElementName + "_facts";
        var collection = lhs.Pattern(collectionType, collectionName);
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        AddConditions(aggregate.Pattern(type, premise.ElementName), premise);

        var list = lhs.Pattern(typeof(IReadOnlyList<object>), premise.Binding!);
        var source = Expression.Parameter(collectionType, collectionName);
        list.Binding().BindingExpression(Expression.Lambda(Expression.Call(Snapshot, source), source));
        if (premise.HavingCondition is { } having)
        {
            list.Condition(having.Lambda);
        }
    }

    /// <summary>The collected facts as a list, in the order they joined the collection.</summary>
    private static IReadOnlyList<object> CollectedList(IEnumerable<object> facts) => facts.ToArray();
}
