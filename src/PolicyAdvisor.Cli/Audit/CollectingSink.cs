using Serilog.Core;
using Serilog.Events;

namespace PolicyAdvisor.Cli.Audit;

/// <summary>Keeps the audit events of one run so they can be written whole, as JSON lines or a table.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Add(logEvent);
}
