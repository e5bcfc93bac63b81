using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class RuleBaseInputsTests
{
    [Fact]
    public async Task Load_StrayFifoBesideTheRules_IsNeitherReadNorRecorded()
    {
        using var set = new TempRuleSet();
        SpecialFiles.Fifo(Path.Combine(set.Rules, "notes.yaml"));

        // A read of the FIFO would block forever; the time-out turns a hang into a failure.
        var load = await Task.Run(() =>
        {
            var ruleBase = set.Load(out var diagnostics);
            return (RuleBase: ruleBase, Diagnostics: diagnostics);
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(load.RuleBase.Inputs, i => i.Path.EndsWith("notes.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GoodSet_RecordsExactlyTheFilesTheLoadersRead()
    {
        using var set = new TempRuleSet();
        set.Write("README.yaml", "not: a rule file\n");

        var ruleBase = set.Load(out _);

        var names = ruleBase.Inputs.Select(i => Path.GetRelativePath(set.Root, i.Path).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["rules/facts.yaml", "rules/main.rules.yaml", "rules/options.yaml", .. Directory.GetFiles(Path.Combine(set.Rules, "sub")).Select(f => "rules/sub/" + Path.GetFileName(f)).Order(StringComparer.Ordinal), "sources/test-2026.yaml"], names.ToArray());
    }

    [Fact]
    public async Task Load_FifoNamedLikeARuleFile_RefusedAtTheFile()
    {
        using var set = new TempRuleSet();
        SpecialFiles.Fifo(Path.Combine(set.Rules, "zz.rules.yaml"));

        var diagnostics = await Task.Run(() =>
        {
            set.Load(out var found);
            return found;
        }).WaitAsync(TimeSpan.FromSeconds(30));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.NotRegularFile, 0), (error.Code, error.Line));
        Assert.EndsWith("rules/zz.rules.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleFileLinkedFromOutsideTheFolder_Refused()
    {
        using var set = new TempRuleSet();
        var outside = Path.Combine(set.Root, "outside.rules.yaml");
        File.Copy(Path.Combine(set.Rules, "main.rules.yaml"), outside);
        File.Delete(Path.Combine(set.Rules, "main.rules.yaml"));
        File.CreateSymbolicLink(Path.Combine(set.Rules, "main.rules.yaml"), outside);

        set.Load(out var diagnostics);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.LinkLeavesFolder && d.File.EndsWith("rules/main.rules.yaml", StringComparison.Ordinal));
    }
}
