using System.Net;
using System.Net.Sockets;

namespace B2BPortal.Hosting.Servers;

internal static class TcpPort
{
    public static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task<bool> WaitUntilAcceptsAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.Now + timeout;
        while (DateTimeOffset.Now < deadline)
        {
            if (await AcceptsAsync(port, cancellationToken))
            {
                return true;
            }

            await Task.Delay(50, cancellationToken);
        }

        return false;
    }
}
