using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>The queues this service consumes from, as MassTransit reports them ready.</summary>
internal sealed class ServiceQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => [.. names.Keys];

    public Task Ready(ReceiveEndpointReady ready)
    {
        names.TryAdd(ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}

/// <summary>
/// Every 5 s, how many messages wait in each of this service's queues and in its <c>_error</c> queue (dead letters),
/// read with passive declares on a broker connection of its own; reported as <c>portal.queue.depth</c> and
/// <c>portal.queue.dead_letters</c>. An <c>_error</c> queue MassTransit has not created yet counts as empty.
/// </summary>
internal sealed class QueueDepthMonitor(ServiceQueues queues, IConfiguration configuration, ILogger<QueueDepthMonitor> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(configuration.GetConnectionString("messaging")!),
            ClientProvidedName = $"{AppDomain.CurrentDomain.FriendlyName} queue monitor",
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    foreach (var queue in queues.Names)
                    {
                        MessagingMetrics.SetQueueDepth(queue, await CountAsync(connection, queue, stoppingToken) ?? 0,
                            await CountAsync(connection, $"{queue}_error", stoppingToken) ?? 0);
                    }

                    await Task.Delay(Interval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A monitor must never stop the service: the broker being away is reported, and retried.
                logger.LogWarning("Queue depths cannot be read just now: {Reason}", exception.Message);
                await Task.Delay(Interval, stoppingToken);
            }
        }
    }

    /// <summary>Null when the queue does not exist (a passive declare of it closes the channel, so each count has its own).</summary>
    private static async Task<uint?> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
