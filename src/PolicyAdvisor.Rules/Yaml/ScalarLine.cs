namespace PolicyAdvisor.Rules;

/// <summary>Where one source line of a multi-line scalar starts: its offset in the value and its file position.</summary>
/// <param name="Offset">Index in <see cref="YamlScalar.Value"/> of the line's first character.</param>
/// <param name="Line">1-based file line.</param>
/// <param name="Column">1-based file column of that character.</param>
public sealed record ScalarLine(int Offset, int Line, int Column);
