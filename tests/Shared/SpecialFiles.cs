using System.Diagnostics;
using System.Net.Sockets;

namespace PolicyAdvisor.Tests.Shared;

/// <summary>
/// Makes the special files hostile input is built from, for every test project (linked into each):
/// a real FIFO and a bound Unix socket. .NET has no API to make a FIFO, so the system's <c>mkfifo</c> does.
/// </summary>
internal static class SpecialFiles
{
    /// <summary>Creates a named pipe at <paramref name="path"/> and returns the path.</summary>
    public static string Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    /// <summary>Binds a Unix domain socket at <paramref name="path"/>; it stays a socket file while the socket lives.</summary>
    public static Socket UnixSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }
}
