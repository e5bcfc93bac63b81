namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>The second half of the adversarial corpus (see <see cref="HostileCorpusTests"/>).</summary>
public sealed class HostileCorpusSecondHalfTests
{
    /// <summary>The second half of the runnable cases.</summary>
    public static TheoryData<string> Cases => HostileCorpusRunner.Half(1);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run_Case_EndsWithExpectedCodeAndLinesLeavingInputsIntact(string name) => HostileCorpusRunner.Run(name);
}
