namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// A hash of every input that shaped the report (rules, schema, options, sources, situation, templates), so a
/// reader can tell that two memos came from the same inputs. <see cref="Value"/> is lowercase hex SHA-256.
/// </summary>
public sealed record Fingerprint(string Value, IReadOnlyList<string> Inputs);
