using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Webhooks.Features.Events;

/// <summary>
/// An event in, as one message (its id from the event's, so a redelivered event is the same message) and one delivery per endpoint of
/// the event's account — or of its company — that asked for its type, in the consumer's transaction. Nobody asking writes nothing.
/// </summary>
internal static class WebhookFanOut
{
    public static async Task QueueAsync(
        WebhooksDbContext db, Guid accountId, Guid companyId, string type, Func<DateTimeOffset, WebhookMessage> message, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var endpoints = await db.Endpoints.AsNoTracking()
            .Where(e => (e.AccountId == accountId || e.AccountId == companyId) && e.EventTypes.Contains(type))
            .ToListAsync(cancellationToken);
        if (endpoints.Count == 0)
        {
            return;
        }

        var queued = message(now);
        db.Messages.Add(queued);
        foreach (var endpoint in endpoints)
        {
            DeliveryQueue.Queue(db, queued, endpoint, now);
        }
    }
}
