using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// The loaded rules folder and seeds folder: the rule base, an advisor over it, and the situations beside it.
/// </summary>
public sealed class KnowledgeBase
{
    private KnowledgeBase(RuleBase ruleBase, string rulesDirectory, string seedsDirectory)
    {
        RuleBase = ruleBase;
        RulesDirectory = rulesDirectory;
        SeedsDirectory = seedsDirectory;
        Advisor = new Advisor(ruleBase);
    }

    /// <summary>Rules, schema, options and source digests.</summary>
    public RuleBase RuleBase { get; }

    /// <summary>Runs situations through the rules.</summary>
    public Advisor Advisor { get; }

    /// <summary>The rules folder.</summary>
    public string RulesDirectory { get; }

    /// <summary>The seeds folder (sources/ and situations/).</summary>
    public string SeedsDirectory { get; }

    /// <summary>The situations folder.</summary>
    public string SituationsDirectory => Path.Combine(SeedsDirectory, "situations");

    /// <summary>
    /// Loads the rule base from <paramref name="rulesDirectory"/> and digests from <c>sources/</c> under
    /// <paramref name="seedsDirectory"/>. Returns null when there are errors; every diagnostic goes to <paramref name="diagnostics"/>.
    /// </summary>
    public static KnowledgeBase? Load(string rulesDirectory, string seedsDirectory, DiagnosticBag diagnostics, RuleBaseLoadOptions? options = null)
    {
        var ruleBase = RuleBaseLoader.Load(rulesDirectory, Path.Combine(seedsDirectory, "sources"), out var found, options);
        diagnostics.AddRange(found);
        return found.Any(d => d.IsError) || ruleBase.SessionFactory is null ? null : new KnowledgeBase(ruleBase, rulesDirectory, seedsDirectory);
    }

    /// <summary>A loader for situation files against this schema, these digests and the risks these rules raise.</summary>
    public SituationLoader Situations => SituationLoader.For(RuleBase);

    /// <summary>
    /// The fingerprint of everything that shapes advice for <paramref name="situation"/>: rule files, schema,
    /// options, digests, the situation files and the as-of date used.
    /// </summary>
    public Fingerprint Fingerprint(Situation situation, DateTime asOf) =>
        InputFingerprint.Of(RuleBase, RulesDirectory, SeedsDirectory, situation, asOf);
}
