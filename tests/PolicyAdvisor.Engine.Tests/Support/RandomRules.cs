namespace PolicyAdvisor.Engine.Tests.Support;

/// <summary>A base fact of the small property-test vocabulary, identified by <see cref="Id"/>.</summary>
public sealed record Item(int Id, int Kind, int Value);

/// <summary>A fact derived (always as a linked fact) by rule number <see cref="Rule"/>.</summary>
public sealed record Derived(int Rule, string Key);

/// <summary>One randomly drawn rule: a shape and its small integer parameters.</summary>
public sealed record RuleSpec(int Shape, int KindA, int KindB, int Threshold)
{
    public const int ShapeCount = 7;
}

/// <summary>
/// Turns rule specs into rules over <see cref="Item"/> and <see cref="Derived"/>. Negation and collection read only
/// base items and derived-fact rules read only earlier rules, so the derived facts are a function of the items alone
/// (stratified): any firing order and any history must reach the same set.
/// </summary>
public static class RandomRules
{
    /// <summary>Options for a property run; a low index threshold makes small inputs use (and build) join indexes.</summary>
    public static EngineOptions Options(int joinIndexThreshold) =>
        new EngineOptions { MaxActivationsPerFire = 100_000, JoinIndexThreshold = joinIndexThreshold }.IdentifyBy<Item>(i => i.Id);

    public static RuleDefinition[] Build(IReadOnlyList<RuleSpec> specs) => [.. specs.Select(Build)];

    public static string[] DerivedKeys(ISession session) =>
        [.. session.Query<Derived>().Select(d => d.Rule + ":" + d.Key).Order(StringComparer.Ordinal)];

    private static RuleDefinition Build(RuleSpec spec, int number)
    {
        var (a, b, t) = (spec.KindA, spec.KindB, spec.Threshold);
        var rule = new RuleBuilder("r" + number);
        switch (spec.Shape)
        {
            case 0:
                rule.Match<Item>("x", x => x.Kind == a && x.Value >= t);
                break;
            case 1:
                rule.Match<Item>("x", x => x.Kind == a).Match<Item>("y", (Item y, Item x) => y.Kind == b && y.Value == x.Value && y.Id != x.Id);
                break;
            case 2:
                rule.Match<Item>("x", x => x.Kind == a).Not<Item>("y", (Item y, Item x) => y.Kind == b && y.Value > x.Value);
                break;
            case 3:
                rule.Match<Item>("x", x => x.Kind == a).Exists<Item>("y", (Item y, Item x) => y.Kind == b && y.Value == (x.Value + t) % 4);
                break;
            case 4:
                rule.Collect<Item>("xs", x => x.Kind == a, (IReadOnlyList<object> xs) => xs.Count >= t);
                break;
            case 5:
                rule.Match<Item>("x", x => x.Kind == a).Not<Item>("y", (Item y, Item x) => y.Value == x.Value && y.Kind == b && y.Id != x.Id);
                break;
            default:
                // Chains on what an earlier rule derived (or on items when it is the first rule).
                var source = number == 0 ? -1 : t % number;
                rule.Match<Derived>("d", d => d.Rule == source).Match<Item>("x", (Item x, Derived d) => x.Kind == a && d.Key.Length > x.Value);
                break;
        }

        return rule.Do(ctx => ctx.InsertLinked(new Derived(number, KeyOf(ctx.Match)))).Build();
    }

    private static string KeyOf(IMatch match) =>
        string.Join("|", match.Names.Select(name => match[name] switch
        {
            Item item => "i" + item.Id,
            Derived derived => "d" + derived.Rule + "(" + derived.Key + ")",
            IReadOnlyList<object> items => "[" + string.Join(",", items.Cast<Item>().Select(i => i.Id).Order()) + "]",
            var other => other.ToString(),
        }));
}
