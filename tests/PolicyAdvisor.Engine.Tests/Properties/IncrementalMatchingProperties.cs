using CsCheck;
using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Properties;

public sealed class IncrementalMatchingProperties
{
    private const int Iterations = 150;

    private static readonly Gen<RuleSpec[]> Rules =
        Gen.Select(Gen.Int[0, RuleSpec.ShapeCount - 1], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 3], (s, a, b, t) => new RuleSpec(s, a, b, t))
            .Array[1, 6];

    // (operation, id, kind, value): 0-1 insert or update, 2 retract, 3 fire.
    private static readonly Gen<(int Op, int Id, int Kind, int Value)[]> Operations =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 7], Gen.Int[0, 2], Gen.Int[0, 3]).Array[0, 30];

    // 0 indexes from the first fact; 3 and 6 build the index from memories part-way through a history.
    private static readonly Gen<int> Thresholds = Gen.OneOf(0, 3, 6, 1000);

    [Fact]
    public void Fire_AfterRandomHistory_DerivesSameFactsAsFreshSession()
    {
        Gen.Select(Rules, Operations, Thresholds).Sample((specs, operations, threshold) =>
        {
            // Arrange
            var factory = RuleCompiler.Compile(RandomRules.Build(specs), RandomRules.Options(threshold));
            var session = factory.CreateSession();
            var items = new SortedDictionary<int, Item>();
            foreach (var (op, id, kind, value) in operations)
            {
                Apply(session, items, op, new Item(id, kind, value));
            }

            // Act
            session.Fire();
            var fresh = factory.CreateSession();
            fresh.InsertAll(items.Values);
            fresh.Fire();

            // Assert
            Assert.Equal(RandomRules.DerivedKeys(fresh), RandomRules.DerivedKeys(session));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Fire_FactsInAnotherOrder_DerivesSameFacts()
    {
        Gen.Select(Rules, Gen.Select(Gen.Int[0, 7], Gen.Int[0, 2], Gen.Int[0, 3]).Array[0, 10], Thresholds).Sample((specs, drawn, threshold) =>
        {
            // Arrange
            var factory = RuleCompiler.Compile(RandomRules.Build(specs), RandomRules.Options(threshold));
            var items = drawn.DistinctBy(d => d.Item1).Select(d => new Item(d.Item1, d.Item2, d.Item3)).ToArray();
            var forward = factory.CreateSession();
            var backward = factory.CreateSession();

            // Act
            forward.InsertAll(items);
            forward.Fire();
            backward.InsertAll(items.Reverse());
            backward.Fire();

            // Assert
            Assert.Equal(RandomRules.DerivedKeys(forward), RandomRules.DerivedKeys(backward));
        }, iter: Iterations, threads: 1);
    }

    private static void Apply(ISession session, SortedDictionary<int, Item> items, int op, Item item)
    {
        switch (op)
        {
            case 0 or 1 when items.ContainsKey(item.Id):
                session.Update(item);
                items[item.Id] = item;
                break;
            case 0 or 1:
                session.Insert(item);
                items[item.Id] = item;
                break;
            case 2 when items.Remove(item.Id):
                session.Retract(item);
                break;
            case 3:
                session.Fire();
                break;
        }
    }
}
