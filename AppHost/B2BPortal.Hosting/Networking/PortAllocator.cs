using System.Net;
using System.Net.Sockets;

namespace B2BPortal.Hosting.Networking;

/// <summary>
/// Chooses every port when an application starts: explicit ports must be free, preferred ports are taken when free,
/// the rest are random free ports. Ports chosen by any application in this process are not handed out twice.
/// </summary>
internal static class PortAllocator
{
    private static readonly HashSet<int> TakenInThisProcess = [];

    public static void Allocate(IReadOnlyList<AllocatedPort> ports, bool preferDefaults)
    {
        lock (TakenInThisProcess)
        {
            foreach (var port in ports.Where(port => port.Requested is not null))
            {
                var requested = port.Requested!.Value;
                if (TakenInThisProcess.Contains(requested) || !IsFree(requested))
                {
                    throw new DistributedApplicationException($"Port {requested} requested for '{port.Owner}' is already in use.");
                }

                Take(port, requested);
            }

            foreach (var port in ports.Where(port => port.Requested is null))
            {
                var preferred = preferDefaults ? port.Preferred : null;
                Take(port, preferred is { } candidate && !TakenInThisProcess.Contains(candidate) && IsFree(candidate) ? candidate : RandomFreePort());
            }
        }
    }

    public static void Release(IEnumerable<AllocatedPort> ports)
    {
        lock (TakenInThisProcess)
        {
            foreach (var port in ports.Where(port => port.IsAllocated))
            {
                TakenInThisProcess.Remove(port.Value);
            }
        }
    }

    public static bool IsFree(int port) => CanBind(IPAddress.Any, port) && CanBind(IPAddress.IPv6Any, port);

    private static void Take(AllocatedPort port, int value)
    {
        TakenInThisProcess.Add(value);
        port.Assign(value);
    }

    private static int RandomFreePort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            listener.Close();
            if (!TakenInThisProcess.Contains(port) && IsFree(port))
            {
                return port;
            }
        }

        throw new DistributedApplicationException("Could not find a free TCP port.");
    }

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.DualMode = false;
            }

            socket.Bind(new IPEndPoint(address, port));
            socket.Listen();
            return true;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            return address.AddressFamily == AddressFamily.InterNetworkV6;
        }
    }
}
