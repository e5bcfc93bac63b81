namespace PolicyAdvisor.Engine.Tests.Support;

/// <summary>Shortcuts for compiling rules and reading conclusions in tests.</summary>
public static class TestEngine
{
    public static ISession Session(params RuleDefinition[] rules) => RuleCompiler.Compile(rules).CreateSession();

    public static ISession Session(EngineOptions options, params RuleDefinition[] rules) =>
        RuleCompiler.Compile(rules, options).CreateSession();

    /// <summary>A rule action that records "rule-id:fact,fact" into <paramref name="log"/>.</summary>
    public static Action<IContext> Record(List<string> log) =>
        ctx => log.Add(ctx.Rule.Id + ":" + string.Join(",", ctx.Match.Facts.Select(Describe)));

    public static string Describe(object fact) => fact switch
    {
        Order o => "o" + o.Id,
        Customer c => "c" + c.Id,
        Refund r => "r" + r.OrderId,
        Conclusion c => c.Text,
        Counter c => "n" + c.Id + "=" + c.Value,
        Animal a => a.Name,
        _ => fact.ToString() ?? string.Empty,
    };

    public static string[] Conclusions(this ISession session) =>
        [.. session.Query<Conclusion>().Select(c => c.Text)];
}
