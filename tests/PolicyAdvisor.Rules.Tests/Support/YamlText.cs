namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>Reads YAML text as file <c>f.yaml</c>, for tests of the guarded reader.</summary>
internal static class YamlText
{
    /// <summary>The tree (or null) and every diagnostic.</summary>
    public static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var root = GuardedYamlReader.ReadText(text, "f.yaml", bag, limits);
        return (root, bag.Items);
    }

    /// <summary>The single diagnostic of text that must be refused.</summary>
    public static Diagnostic Error(string text, YamlLimits? limits = null)
    {
        var (root, diagnostics) = Read(text, limits);
        Assert.Null(root);
        return Assert.Single(diagnostics);
    }
}
