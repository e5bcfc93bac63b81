using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using PolicyAdvisor.Benchmarks.Support;

namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>
/// Generated NRules rules and facts for the engine benchmarks. Rules cycle through four shapes that mirror the policy
/// rules: one pattern; a join by id; a pattern with a negated group join; and three patterns joined by id and by
/// group, the last an <c>exists</c>. Every action inserts a linked <see cref="Conclusion"/>, as the advisor's actions
/// do. Everything is a pure function of the shape.
/// </summary>
internal static class SyntheticWorkload
{
    private const string LinkKey = "conclusion";

    /// <summary>
    /// A compiler that identifies the input facts by id (so an updated copy replaces the original) and each
    /// conclusion by reference (a rule joining several tags to one item concludes once per tag).
    /// </summary>
    public static RuleCompiler Compiler() => new RuleCompiler()
        .IdentifyBy<Item, int>(x => x.Id)
        .IdentifyBy<Tag, int>(x => x.Id)
        .IdentifyBy<Flag, int>(x => x.Id)
        .IdentifyByReference<Conclusion>();

    public static ISessionFactory Compile(SyntheticShape shape) => Compiler().Compile(Rules(shape));

    public static IReadOnlyList<IRuleDefinition> Rules(SyntheticShape shape) =>
        Enumerable.Range(0, shape.Rules).Select(i => Rule(i, shape)).ToList();

    public static IReadOnlyList<object> Facts(SyntheticShape shape)
    {
        var facts = new List<object>(shape.Facts);
        for (var i = 0; i < shape.Items; i++)
        {
            facts.Add(new Item(i, i % shape.Groups, i * 7 % shape.Values));
        }

        for (var j = 0; j < shape.Tags; j++)
        {
            facts.Add(new Tag(shape.Items + j, j * 13 % shape.Items, j % shape.Groups, j % 10));
        }

        for (var k = 0; k < shape.Flags; k++)
        {
            facts.Add(new Flag(shape.Items + shape.Tags + k, k % shape.Groups, k % 3 == 0));
        }

        return facts;
    }

    private static IRuleDefinition Rule(int index, SyntheticShape shape)
    {
        var value = index * 31 % shape.Values;
        var weight = index % 10;
        var builder = new RuleBuilder();
        builder.Name($"synthetic-{index:D4}");
        var lhs = builder.LeftHandSide();
        lhs.Pattern<Item>("a", (Item a) => a.Value == value);
        switch (index % 4)
        {
            case 1:
                lhs.Pattern<Tag>("t", (Tag t, Item a) => t.ItemId == a.Id);
                break;
            case 2:
                lhs.Not<Flag>("f", (Flag f) => f.Raised, (Flag f, Item a) => f.Group == a.Group);
                break;
            case 3:
                lhs.Pattern<Tag>("t", (Tag t) => t.Weight >= weight, (Tag t, Item a) => t.Group == a.Group);
                lhs.Exists<Flag>("f", (Flag f, Item a) => f.Group == a.Group);
                break;
        }

        var rule = index;
        Expression<Action<IContext, Item>> action = (context, a) => Conclude(context, rule, a);
        builder.RightHandSide().Action(action, ActionTrigger.Activated | ActionTrigger.Reactivated);
        return builder.Build();
    }

    /// <summary>Inserts the activation's conclusion, or replaces it when a changed match fires again (as the advisor's actions do).</summary>
    private static void Conclude(IContext context, int rule, Item item)
    {
        var conclusion = new Conclusion(rule, item.Id);
        if (context.GetLinked(LinkKey) is null)
        {
            context.InsertLinked(LinkKey, conclusion);
        }
        else
        {
            context.UpdateLinked(LinkKey, conclusion);
        }
    }
}
