namespace PolicyAdvisor.Rules;

/// <summary>One file a loader read: where, and the SHA-256 of exactly the bytes it used.</summary>
/// <param name="Path">The path as the loader was given it (absolute or relative to the process's folder).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the bytes read.</param>
public sealed record InputRecord(string Path, string Sha256);
