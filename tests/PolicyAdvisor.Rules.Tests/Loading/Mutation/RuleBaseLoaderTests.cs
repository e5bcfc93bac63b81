using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading.Mutation;

/// <summary>The loader's own checks: its arguments and a rules folder without any rules file.</summary>
public sealed class RuleBaseLoaderTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    [Fact]
    public void Load_NullFolders_ThrowNamingTheArgument()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("rulesDirectory", () => RuleBaseLoader.Load(null!, _set.Sources, out _));
        Assert.Throws<ArgumentNullException>("sourcesDirectory", () => RuleBaseLoader.Load(_set.Rules, null!, out _));
    }

    [Fact]
    public void Load_NoRulesFiles_WarnedForTheWholeFolder()
    {
        // Arrange
        foreach (var path in Directory.GetFiles(_set.Rules, "*.rules.yaml", SearchOption.AllDirectories))
        {
            File.Delete(path);
        }

        // Act
        var ruleBase = _set.Load(out var diagnostics);

        // Assert
        Assert.Empty(ruleBase.Rules);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NoRules);
        Assert.Equal((false, "no *.rules.yaml files found", _set.Rules, 0, 0), (warning.IsError, warning.Message, warning.File, warning.Line, warning.Column));
    }
}
