namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// The adversarial corpus, in two classes so that xunit runs the halves side by side: broken or hostile
/// knowledge (situations, rule files, conditions) here, templates and output paths in
/// <see cref="HostileTemplateCorpusTests"/>.
/// </summary>
public sealed class HostileCorpusTests
{
    /// <summary>Situation, rule-file and expression cases.</summary>
    public static TheoryData<string> Cases => HostileCorpusRunner.CasesStartingWith("situation-", "rules-", "expr-");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_KnowledgeCase_EndsWithExpectedCodeAndLinesLeavingInputsIntact(string name) => HostileCorpusRunner.Run(name);

    [Fact]
    public void Cases_EveryFolder_HasCaseFileWithArgsAndExpectedError()
    {
        var names = HostileCase.Names().ToArray();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            var spec = HostileCase.Load(name);
            Assert.Matches("^(situation|rules|expr|template|out)-", name);
            Assert.NotEmpty(spec.Args);
            Assert.True(spec.ExitCode == 0 ? spec.Stdout is not null : spec.Stderr.Count > 0, $"{name} says nothing about the expected answer");
        });
    }
}
