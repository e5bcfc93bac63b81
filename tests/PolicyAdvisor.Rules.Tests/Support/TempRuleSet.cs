namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>A copy of the good fixture in a temporary folder, with files replaced or added per test.</summary>
internal sealed class TempRuleSet : IDisposable
{
    public TempRuleSet()
    {
        Root = Path.Combine(Path.GetTempPath(), "pa-rules-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Fixtures.Root, "good"), Root);
    }

    public string Root { get; }

    public string Rules => Path.Combine(Root, "rules");

    public string Sources => Path.Combine(Root, "sources");

    /// <summary>Writes <paramref name="text"/> to rules/<paramref name="relative"/> and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Rules, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public RuleBase Load(out IReadOnlyList<Diagnostic> diagnostics) =>
        RuleBaseLoader.Load(Rules, Sources, out diagnostics, new RuleBaseLoadOptions { WarnUnusedClaims = false });

    /// <summary>Writes rules/<paramref name="relative"/>, loads the set, and keeps only that file's diagnostics.</summary>
    public (RuleBase RuleBase, IReadOnlyList<(string Code, string Message, int Line, int Column)> Diagnostics) LoadWith(string relative, string text)
    {
        Write(relative, text);
        var ruleBase = Load(out var diagnostics);
        return (ruleBase, [.. diagnostics.Where(d => d.File.EndsWith(relative, StringComparison.Ordinal)).Select(d => (d.Code, d.Message, d.Line, d.Column))]);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
