namespace PolicyAdvisor.Rules;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is invalid; commands that need it stop with exit code 3.</summary>
    Error,

    /// <summary>The input works but is probably not what the author meant.</summary>
    Warning,
}
