namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// The adversarial corpus, in two classes so that xunit runs the halves side by side: every other case here,
/// the rest in <see cref="HostileCorpusSecondHalfTests"/>. Case names say what they attack: situation-, rules-,
/// expr-, engine- (session budgets), template-, out-, sweep-, whatif-.
/// </summary>
public sealed class HostileCorpusTests
{
    /// <summary>Every prefix a case name may start with.</summary>
    private static readonly string[] Prefixes = ["situation-", "rules-", "expr-", "engine-", "template-", "out-", "sweep-", "whatif-"];

    /// <summary>The first half of the runnable cases.</summary>
    public static TheoryData<string> Cases => HostileCorpusRunner.Half(0);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run_Case_EndsWithExpectedCodeAndLinesLeavingInputsIntact(string name) => HostileCorpusRunner.Run(name);

    [Fact]
    public void Cases_EveryFolder_HasCaseFileWithArgsAndExpectedError()
    {
        var names = HostileCase.Names().ToArray();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            var spec = HostileCase.Load(name);
            Assert.Contains(Prefixes, p => name.StartsWith(p, StringComparison.Ordinal));
            Assert.NotEmpty(spec.Args);
            Assert.True(spec.ExitCode == 0 ? spec.Stdout is not null : spec.Stderr.Count > 0 || spec.Stdout is not null, $"{name} says nothing about the expected answer");
        });
    }
}
