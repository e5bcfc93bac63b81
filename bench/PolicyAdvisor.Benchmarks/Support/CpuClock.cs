using System.Diagnostics;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// Wall and CPU time together. On the shared 2-core machine the wall clock also counts time spent waiting for a
/// core (load averages of 30 were seen), so CPU time of the whole process (all threads, GC included) is the
/// steadier figure. Both are reported; neither is hidden.
/// </summary>
internal sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpuStart = ProcessCpu();

    public double WallMs => _wall.Elapsed.TotalMilliseconds;

    public double CpuMs => (ProcessCpu() - _cpuStart).TotalMilliseconds;

    public void Restart()
    {
        _cpuStart = ProcessCpu();
        _wall.Restart();
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
