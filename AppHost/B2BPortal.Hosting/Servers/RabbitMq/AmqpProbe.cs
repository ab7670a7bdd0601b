using System.Net;
using System.Net.Sockets;

namespace B2BPortal.Hosting.Servers.RabbitMq;

internal static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    /// <summary>True when the broker answers the AMQP 0-9-1 protocol header with a method frame (connection.start) on channel 0.</summary>
    public static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(ProtocolHeader, cancellationToken);
        var frameHeader = new byte[3];
        await stream.ReadExactlyAsync(frameHeader, cancellationToken);
        const byte methodFrame = 1;
        return frameHeader is [methodFrame, 0, 0];
    }
}
