namespace PolicyAdvisor.Rules;

/// <summary>
/// Names of the properties every translated NRules rule carries (<c>IRuleDefinition.Properties</c>), so that code
/// holding only the NRules rule (an event handler, a session dump) can point at the YAML rule behind it. The
/// definition's <c>Name</c> is the rule id and its <c>Description</c> the rule's title.
/// </summary>
public static class RuleProperties
{
    /// <summary>The rule id (kebab-case), as a string.</summary>
    public const string Id = "policyadvisor.id";

    /// <summary>The rule kind: <c>assessment</c>, <c>option</c>, <c>risk</c> or <c>tradeoff</c>.</summary>
    public const string Kind = "policyadvisor.kind";

    /// <summary>The rules file, as the loader was given it.</summary>
    public const string File = "policyadvisor.file";

    /// <summary>The 1-based line of the rule in its file, as an int.</summary>
    public const string Line = "policyadvisor.line";

    /// <summary>The 1-based column of the rule in its file, as an int.</summary>
    public const string Column = "policyadvisor.column";
}
