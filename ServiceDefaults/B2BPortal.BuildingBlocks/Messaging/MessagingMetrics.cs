using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace B2BPortal.BuildingBlocks.Messaging;

internal static class MessagingMetrics
{
    public const string Name = "B2BPortal.Messaging";
    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> PublishedCounter = Meter.CreateCounter<long>("portal.outbox.published", description: "Outbox messages published to the broker");
    private static readonly Counter<long> ParkedCounter = Meter.CreateCounter<long>("portal.outbox.parked",
        description: "Outbox messages that could not be read and were parked (see the service's error log)");
    private static readonly Counter<long> DuplicatesCounter = Meter.CreateCounter<long>("portal.inbox.duplicates", description: "Deliveries the inbox recognised as already handled");
    private static readonly ConcurrentDictionary<string, int> Backlog = new();
    private static readonly ConcurrentDictionary<string, (long Waiting, long DeadLetters)> Queues = new();

    static MessagingMetrics()
    {
        Meter.CreateObservableGauge("portal.outbox.backlog",
            () => Backlog.Select(entry => new Measurement<int>(entry.Value, new KeyValuePair<string, object?>("outbox", entry.Key))),
            description: "Unsent outbox messages seen in the last relay pass");
        Meter.CreateObservableGauge("portal.queue.depth",
            () => Queues.Select(entry => new Measurement<long>(entry.Value.Waiting, new KeyValuePair<string, object?>("queue", entry.Key))),
            unit: "{message}", description: "Messages waiting in the service's queues");
        Meter.CreateObservableGauge("portal.queue.dead_letters",
            () => Queues.Select(entry => new Measurement<long>(entry.Value.DeadLetters, new KeyValuePair<string, object?>("queue", entry.Key))),
            unit: "{message}", description: "Messages in each queue's _error queue: they failed every retry and wait for someone to look");
    }

    public static void Published(int count)
    {
        if (count > 0)
        {
            PublishedCounter.Add(count);
        }
    }

    public static void Parked(string outbox, int count)
    {
        if (count > 0)
        {
            ParkedCounter.Add(count, new KeyValuePair<string, object?>("outbox", outbox));
        }
    }

    public static void Duplicate(string consumer) => DuplicatesCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumer));

    public static void SetBacklog(string outbox, int count) => Backlog[outbox] = count;

    public static void SetQueueDepth(string queue, long waiting, long deadLetters) => Queues[queue] = (waiting, deadLetters);
}
