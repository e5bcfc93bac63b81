using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Reporting;

public sealed class InputFingerprintTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("pa-fingerprint-").FullName;

    public InputFingerprintTests() => Copy(Mini.Root, _copy);

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public async Task Fingerprint_StrayFilesBesideTheRules_NeitherReadNorHashed()
    {
        var before = Fingerprint(Load());
        File.WriteAllText(Path.Combine(_copy, "rules", "notes.yaml"), "loaders ignore this\n");
        SpecialFiles.Fifo(Path.Combine(_copy, "rules", "pipe.yaml"));

        // Reading the FIFO would wait for a writer forever; the time-out turns that into a failure.
        var after = await Task.Run(() => Fingerprint(Load())).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(before.Value, after.Value);
        Assert.DoesNotContain(after.Inputs, i => i.Contains("notes", StringComparison.Ordinal) || i.Contains("pipe", StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprint_NamesExactlyTheFilesTheLoadersRead()
    {
        var fingerprint = Fingerprint(Load());

        Assert.Equal(
            ["as_of", "rules/facts.yaml", "rules/mini.rules.yaml", "rules/options.yaml", "seeds/sources/mini.yaml", "situation:base.yaml"],
            fingerprint.Inputs);
    }

    [Fact]
    public void Fingerprint_FileChangedAfterLoading_HashesTheBytesThatWereParsed()
    {
        var knowledge = Load();
        var before = Fingerprint(knowledge);
        File.AppendAllText(Path.Combine(_copy, "rules", "options.yaml"), "# edited after the load\n");

        var after = Fingerprint(knowledge);

        Assert.Equal(before.Value, after.Value);
    }

    private KnowledgeBase Load()
    {
        var bag = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(_copy, "rules"), Path.Combine(_copy, "seeds"), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return knowledge!;
    }

    private Advice.Reports.Fingerprint Fingerprint(KnowledgeBase knowledge)
    {
        var bag = new DiagnosticBag();
        var situation = knowledge.Situations.Load(Path.Combine(_copy, "seeds", "situations", "base.yaml"), bag)!;
        return knowledge.Fingerprint(situation, situation.AsOf);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
