using System.Net;
using System.Net.Sockets;
using System.Text;

namespace B2BPortal.Hosting.Servers.Redis;

internal static class RedisPingProbe
{
    /// <summary>True when PING answers +PONG (while Redis loads its append-only file it answers -LOADING).</summary>
    public static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
        var reply = new byte[7];
        await stream.ReadExactlyAsync(reply, cancellationToken);
        return Encoding.ASCII.GetString(reply) == "+PONG\r\n";
    }
}
