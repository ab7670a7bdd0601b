using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Deliveries;
using MassTransit;

namespace B2BPortal.Webhooks.Features.Events;

/// <summary>Takes an order's step in, for the endpoints that asked for its type (<see cref="WebhookFanOut"/>).</summary>
public sealed class OrderStatusChangedConsumer(WebhooksDbContext db, DeliverySignal signal, TimeProvider clock)
    : InboxConsumer<OrderStatusChanged, WebhooksDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<OrderStatusChanged> context, CancellationToken cancellationToken)
    {
        var step = context.Message;
        return WebhookFanOut.QueueAsync(Db, step.AccountId, step.CompanyId, WebhookPayloads.TypeOf(step), now => WebhookPayloads.Of(step, now),
            clock.GetUtcNow(), cancellationToken);
    }

    protected override void Committed() => signal.Notify();
}
