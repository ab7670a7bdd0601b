using B2BPortal.Contracts.Webhooks;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Endpoints;

namespace B2BPortal.Webhooks.Features.Deliveries;

internal static class DeliveryQueue
{
    /// <summary>A delivery of <paramref name="message"/> to <paramref name="endpoint"/>, due now (it waits while the endpoint is off).</summary>
    public static WebhookDelivery Queue(WebhooksDbContext db, WebhookMessage message, WebhookEndpoint endpoint, DateTimeOffset now)
    {
        var delivery = new WebhookDelivery
        {
            MessageId = message.Id, EndpointId = endpoint.Id, AccountId = endpoint.AccountId, EventType = message.EventType,
            Status = WebhookDeliveryStatuses.Pending, CreatedAt = now, NextAttemptAt = now,
        };
        db.Deliveries.Add(delivery);
        return delivery;
    }

    public static WebhookDeliveryDto ToDto(this WebhookDelivery delivery) => new(delivery.Id, delivery.MessageId, delivery.EventType, delivery.Status,
        delivery.Attempts, delivery.CreatedAt, delivery.Status == WebhookDeliveryStatuses.Pending ? delivery.NextAttemptAt : null, delivery.DeliveredAt,
        [.. delivery.Log.OrderByDescending(a => a.At).Select(a => new WebhookAttemptDto(a.At, a.StatusCode, a.LatencyMs, a.Response, a.Error))]);
}

/// <summary>Wakes the dispatcher when deliveries were queued, instead of waiting for its next look.</summary>
public sealed class DeliverySignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
