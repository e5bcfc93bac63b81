namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>A console mode was called wrongly; Program prints the message and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
