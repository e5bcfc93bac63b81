namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>The template and output-path half of the adversarial corpus (see <see cref="HostileCorpusTests"/>).</summary>
public sealed class HostileTemplateCorpusTests
{
    /// <summary>Template and output cases.</summary>
    public static TheoryData<string> Cases => HostileCorpusRunner.CasesStartingWith("template-", "out-");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TemplateOrOutputCase_EndsWithExpectedCodeAndLinesLeavingInputsIntact(string name) => HostileCorpusRunner.Run(name);
}
