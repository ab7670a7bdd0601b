using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace B2BPortal.LocalServers;

/// <summary>
/// Ports for the servers and services of one run: the one asked for, else the preferred one when free, else a free one.
/// A port is found free when the AppHost starts, but its owner binds it only once what it waits for is up, up to a minute
/// later. A port from the kernel's ephemeral range may by then be the local end of an outgoing connection (CI once saw
/// "address already in use" that way), so ports are taken from below that range, and none is handed out twice.
/// </summary>
public static class FreePort
{
    private const int LowestChosenPort = 20_000;
    private const int EphemeralRangeStartWhenUnknown = 49_152; // IANA's dynamic range, used by Windows and macOS

    private static readonly Lock Gate = new();
    private static readonly HashSet<int> HandedOut = [];
    private static readonly int EphemeralRangeStart = ReadEphemeralRangeStart();

    public static int Choose(int? requested, int preferred)
    {
        lock (Gate)
        {
            if (requested is { } port)
            {
                HandedOut.Add(port);
                return port;
            }

            if (preferred >= 1024 && preferred < EphemeralRangeStart && !HandedOut.Contains(preferred) && IsFree(preferred))
            {
                HandedOut.Add(preferred);
                return preferred;
            }

            return Any();
        }
    }

    public static int Any()
    {
        lock (Gate)
        {
            for (var port = LowestChosenPort; port < EphemeralRangeStart; port++)
            {
                if (!HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }

            throw new InvalidOperationException(
                $"No free port between {LowestChosenPort} and the ephemeral range at {EphemeralRangeStart}; pass the ports with --port-* flags.");
        }
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

    private static int ReadEphemeralRangeStart()
    {
        const string linuxRange = "/proc/sys/net/ipv4/ip_local_port_range";
        if (!File.Exists(linuxRange))
        {
            return EphemeralRangeStartWhenUnknown;
        }

        var first = File.ReadAllText(linuxRange).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0];
        return int.Parse(first, CultureInfo.InvariantCulture);
    }
}
