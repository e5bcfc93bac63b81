namespace PolicyAdvisor.Rules;

/// <summary>A rule's id and place, known before the rule is fully read, for messages raised while it runs.</summary>
internal sealed record RuleSpecHeader(string Id, string File, int Line, int Column);
