using System.Net;
using System.Net.Sockets;

namespace B2BPortal.LocalServers;

/// <summary>Ports for the local servers: the one asked for, else the preferred one when nothing listens on it, else any free one.</summary>
public static class FreePort
{
    public static int Choose(int? requested, int preferred) => requested ?? (preferred < 65536 && IsFree(preferred) ? preferred : Any());

    public static int Any()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
