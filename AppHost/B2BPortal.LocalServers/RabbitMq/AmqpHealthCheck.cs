using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace B2BPortal.LocalServers.RabbitMq;

/// <summary>Healthy once the broker accepts an AMQP connection with the development credentials (then closed again).</summary>
internal sealed class AmqpHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The broker does not accept AMQP connections yet.", exception);
        }
    }
}
