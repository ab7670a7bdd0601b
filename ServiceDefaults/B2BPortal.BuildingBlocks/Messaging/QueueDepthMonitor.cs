using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>
/// The queues this service consumes from (not MassTransit's temporary bus queue), and whether each one's <c>_error</c>
/// queue exists. MassTransit creates an <c>_error</c> queue at the first fault, and a passive declare of a missing queue
/// is logged as an error by the broker, so a missing one is looked for again only for a while after a fault.
/// </summary>
internal sealed class ServiceQueues : IReceiveEndpointObserver, IConsumeObserver
{
    private static readonly TimeSpan LookAfterFault = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, ErrorQueue> queues = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => [.. queues.Keys];

    /// <summary>Whether to read the <c>_error</c> queue's depth: it exists, or it may have been created lately.</summary>
    public bool MayHaveErrorQueue(string queue, DateTimeOffset now) =>
        queues.TryGetValue(queue, out var state) && (state.Exists != false || now <= state.LookUntil);

    public void ErrorQueueFound(string queue, bool exists) => queues.AddOrUpdate(queue, _ => new ErrorQueue(exists, DateTimeOffset.MinValue),
        (_, state) => state with { Exists = exists });

    public Task Ready(ReceiveEndpointReady ready)
    {
        if (!ready.InputAddress.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase))
        {
            queues.TryAdd(QueueOf(ready.InputAddress), new ErrorQueue(null, DateTimeOffset.MinValue));
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        var queue = QueueOf(context.ReceiveContext.InputAddress);
        queues.AddOrUpdate(queue, _ => new ErrorQueue(null, DateTimeOffset.UtcNow + LookAfterFault),
            (_, state) => state with { LookUntil = DateTimeOffset.UtcNow + LookAfterFault });
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    private static string QueueOf(Uri address) => address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <param name="Exists">Null until first looked at.</param>
    private sealed record ErrorQueue(bool? Exists, DateTimeOffset LookUntil);
}

/// <summary>
/// Every 5 s, how many messages wait in each of this service's queues and in its <c>_error</c> queue (dead letters),
/// read with passive declares on a broker connection of its own; reported as <c>portal.queue.depth</c> and
/// <c>portal.queue.dead_letters</c>. An <c>_error</c> queue MassTransit has not created yet counts as empty
/// (see <see cref="ServiceQueues"/> for when it is looked for).
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
        // Services start together; a random offset keeps a dozen of them from reading the broker in the same instant.
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next((int)Interval.TotalMilliseconds)), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                var channel = new ReusableChannel(connection);
                await using var _ = channel;
                while (!stoppingToken.IsCancellationRequested)
                {
                    foreach (var queue in queues.Names)
                    {
                        var waiting = await channel.CountAsync(queue, stoppingToken) ?? 0;
                        uint? deadLetters = null;
                        if (queues.MayHaveErrorQueue(queue, DateTimeOffset.UtcNow))
                        {
                            deadLetters = await channel.CountAsync($"{queue}_error", stoppingToken);
                            queues.ErrorQueueFound(queue, deadLetters is not null);
                        }

                        MessagingMetrics.SetQueueDepth(queue, waiting, deadLetters ?? 0);
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

    /// <summary>One channel for every count, opened again after a count of a missing queue closed it.</summary>
    private sealed class ReusableChannel(IConnection connection) : IAsyncDisposable
    {
        private IChannel? channel;

        /// <summary>Null when the queue does not exist.</summary>
        public async Task<uint?> CountAsync(string queue, CancellationToken cancellationToken)
        {
            if (channel is not { IsOpen: true })
            {
                if (channel is not null)
                {
                    await channel.DisposeAsync();
                }

                channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            }

            try
            {
                return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
            }
            catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
            {
                return null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }
        }
    }
}
