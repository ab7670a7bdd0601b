using System.Collections.Concurrent;
using B2BPortal.BuildingBlocks.Messaging;
using MassTransit;

namespace B2BPortal.Tests.Messaging;

public sealed class TestEventConsumer(MessagingTestDbContext db) : InboxConsumer<TestEventHappened, MessagingTestDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<TestEventHappened> context, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new Effect { EventId = context.Message.EventId, Kind = "consumed" });
        return Task.CompletedTask;
    }
}

/// <summary>Counts completed deliveries per message id, so a test knows every copy has been through the consumer.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> deliveries = new();

    public int DeliveriesOf(Guid messageId) => deliveries.GetValueOrDefault(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            deliveries.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
