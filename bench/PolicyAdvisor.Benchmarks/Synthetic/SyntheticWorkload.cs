using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Engine;
using static PolicyAdvisor.Benchmarks.Support.Lhs;

namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>
/// Generated rules and facts for the engine benchmarks. Rules cycle through four shapes that mirror the policy
/// rules: one pattern; a join by id; a pattern with a negated group join; and three patterns joined by id and by
/// group. Every action inserts a linked <see cref="Conclusion"/>. Everything is a pure function of the shape.
/// </summary>
internal static class SyntheticWorkload
{
    public static EngineOptions Options() => new EngineOptions { MaxActivationsPerFire = int.MaxValue }
        .IdentifyBy<Item>(x => x.Id)
        .IdentifyBy<Tag>(x => x.Id)
        .IdentifyBy<Flag>(x => x.Id);

    public static ISessionFactory Compile(SyntheticShape shape) => RuleCompiler.Compile(Rules(shape), Options());

    public static IReadOnlyList<RuleDefinition> Rules(SyntheticShape shape) =>
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

    private static RuleDefinition Rule(int index, SyntheticShape shape)
    {
        var value = index * 31 % shape.Values;
        var weight = index % 10;
        var first = Pattern<Item>("a", (Item a) => a.Value == value);
        RuleElement[] lhs = (index % 4) switch
        {
            0 => [first],
            1 => [first, Pattern<Tag>("t", (Tag t, Item a) => t.ItemId == a.Id)],
            2 => [first, Not<Flag>("f", (Flag f) => f.Raised, (Flag f, Item a) => f.Group == a.Group)],
            _ =>
            [
                first,
                Pattern<Tag>("t", (Tag t) => t.Weight >= weight, (Tag t, Item a) => t.Group == a.Group),
                Exists<Flag>("f", (Flag f, Item a) => f.Group == a.Group),
            ],
        };
        var ruleNumber = index;
        return new RuleDefinition($"synthetic-{index:D4}", lhs, c => c.InsertLinked(new Conclusion(ruleNumber, ((Item)c.Match["a"]).Id)));
    }
}
