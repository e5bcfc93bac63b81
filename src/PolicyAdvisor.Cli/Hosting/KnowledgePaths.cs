namespace PolicyAdvisor.Cli.Hosting;

/// <summary>The folders a run reads its knowledge from.</summary>
/// <param name="Rules">Rules folder (facts.yaml, options.yaml, **/*.rules.yaml, tests/).</param>
/// <param name="Seeds">Seeds folder (sources/, situations/).</param>
internal sealed record KnowledgePaths(string Rules, string Seeds)
{
    /// <summary>Source digests.</summary>
    public string Sources => Path.Combine(Seeds, "sources");

    /// <summary>Situations.</summary>
    public string Situations => Path.Combine(Seeds, "situations");

    /// <summary>The shipped baseline situation.</summary>
    public string Baseline => Path.Combine(Situations, "baseline.yaml");

    /// <summary>Rule tests.</summary>
    public string Tests => Path.Combine(Rules, "tests");
}
