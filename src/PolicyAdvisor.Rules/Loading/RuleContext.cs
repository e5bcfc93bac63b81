namespace PolicyAdvisor.Rules;

/// <summary>What reading a rule needs: the schema, catalogs, the expression compiler, the diagnostics and the budgets its action enforces.</summary>
internal sealed record RuleContext(FactSchema Schema, OptionCatalog Options, SourceLibrary Sources, ExpressionCompiler Compiler, DiagnosticBag Diagnostics, RunBudgets Budgets)
{
    /// <summary>The fact type named by <paramref name="node"/>, or null after an unknown-type error.</summary>
    public FactTypeSpec? Type(YamlScalar node)
    {
        var spec = Schema.Find(node.Value);
        if (spec is null)
        {
            Diagnostics.Error(DiagnosticCodes.UnknownType, $"unknown fact type '{node.Value}'{Suggest.DidYouMean(node.Value, Schema.Types.Select(t => t.Name))}", node);
        }

        return spec;
    }

    /// <summary>Whether <paramref name="node"/> names a known option (reports an error if not).</summary>
    public bool Option(YamlScalar node)
    {
        if (Options.Find(node.Value) is not null)
        {
            return true;
        }

        Diagnostics.Error(DiagnosticCodes.UnknownOption, $"unknown option '{node.Value}'{Suggest.DidYouMean(node.Value, Options.Options.Select(o => o.Id))}", node);
        return false;
    }

    /// <summary>The known claim ids under <paramref name="key"/> (unknown ones are reported).</summary>
    public IReadOnlyList<string> Claims(YamlMapping map, string key) =>
        map.ScalarList(key, Diagnostics).Where(c => Sources.CheckCitation(c, Diagnostics)).Select(c => c.Value).ToArray();
}
