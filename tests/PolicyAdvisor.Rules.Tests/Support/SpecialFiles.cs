using System.Diagnostics;
using System.Net.Sockets;

namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>Makes the special files hostile input is built from: a real FIFO and a bound Unix socket.</summary>
internal static class SpecialFiles
{
    /// <summary>Creates a named pipe with the system's <c>mkfifo</c> (.NET has no API for it).</summary>
    public static string Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    /// <summary>Binds a Unix domain socket at <paramref name="path"/>; dispose the socket to remove it from use.</summary>
    public static Socket UnixSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }
}
