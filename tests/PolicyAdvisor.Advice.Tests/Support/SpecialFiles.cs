using System.Diagnostics;

namespace PolicyAdvisor.Advice.Tests.Support;

/// <summary>Makes a real FIFO with the system's <c>mkfifo</c> (.NET has no API for it).</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }
}
