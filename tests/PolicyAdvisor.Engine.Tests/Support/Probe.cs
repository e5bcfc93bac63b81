namespace PolicyAdvisor.Engine.Tests.Support;

/// <summary>Counts how often a condition calls it, to observe how often the network evaluates a condition.</summary>
public sealed class Probe
{
    public int Calls { get; private set; }

    public bool Hit(object fact)
    {
        _ = fact;
        Calls++;
        return true;
    }
}
