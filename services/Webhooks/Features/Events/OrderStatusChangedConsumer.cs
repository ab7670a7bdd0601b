using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Deliveries;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Webhooks.Features.Events;

/// <summary>
/// Takes an order's step in: one message (its id from the event's, so a redelivered event is the same message) and one delivery
/// per endpoint of the order's account — or of its company — that asked for the step's type, in the inbox's transaction.
/// </summary>
public sealed class OrderStatusChangedConsumer(WebhooksDbContext db, DeliverySignal signal, TimeProvider clock)
    : InboxConsumer<OrderStatusChanged, WebhooksDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<OrderStatusChanged> context, CancellationToken cancellationToken)
    {
        var step = context.Message;
        var type = WebhookPayloads.TypeOf(step);
        var endpoints = await Db.Endpoints.AsNoTracking()
            .Where(e => (e.AccountId == step.AccountId || e.AccountId == step.CompanyId) && e.EventTypes.Contains(type))
            .ToListAsync(cancellationToken);
        if (endpoints.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var message = WebhookPayloads.Of(step, now);
        Db.Messages.Add(message);
        foreach (var endpoint in endpoints)
        {
            DeliveryQueue.Queue(Db, message, endpoint, now);
        }
    }

    protected override void Committed() => signal.Notify();
}
