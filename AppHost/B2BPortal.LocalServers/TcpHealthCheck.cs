using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace B2BPortal.LocalServers;

/// <summary>Healthy once something accepts connections on the loopback port (epmd, which speaks no protocol worth probing).</summary>
internal sealed class TcpHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy($"Nothing accepts connections on port {port}.", exception);
        }
    }
}
