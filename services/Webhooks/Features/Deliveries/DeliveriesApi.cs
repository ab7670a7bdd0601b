using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>An endpoint's delivery log (each delivery with every attempt: status, latency, the start of the answer) and redelivery by hand.</summary>
internal static class DeliveriesApi
{
    public const int MaxPage = 200;

    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder webhooks)
    {
        webhooks.MapGet("/{endpointId:guid}/deliveries", ListAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's deliveries, newest first, each with its attempts; status filters (Pending, Succeeded, Failed).");
        webhooks.MapPost("/{endpointId:guid}/deliveries/{deliveryId:guid}/redelivery", RedeliverAsync).WithName("RedeliverWebhook")
            .Audited("webhook.redelivered", "deliveryId")
            .WithSummary("Sends a delivery again now, with the same webhook-id, whatever became of it; receivers that de-duplicate by id see it once.");
        return webhooks;
    }

    private static async Task<Results<Ok<List<WebhookDeliveryDto>>, ProblemHttpResult>> ListAsync(
        Guid accountId, Guid endpointId, WebhooksDbContext db, CancellationToken cancellationToken, string? status = null, int take = 50)
    {
        if (!await db.Endpoints.AnyAsync(e => e.Id == endpointId && e.AccountId == accountId, cancellationToken))
        {
            return EndpointsApi.NotFound(endpointId);
        }

        var deliveries = db.Deliveries.AsNoTracking().Include(d => d.Log).Where(d => d.EndpointId == endpointId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var page = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(Math.Clamp(take, 1, MaxPage))
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(d => d.ToDto()).ToList());
    }

    private static async Task<Results<Accepted<WebhookDeliveryDto>, ProblemHttpResult>> RedeliverAsync(
        Guid accountId, Guid endpointId, Guid deliveryId, WebhooksDbContext db, AuditTrail audit, DeliverySignal signal, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.Include(d => d.Log)
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == endpointId && d.AccountId == accountId, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Delivery not found.",
                detail: $"Endpoint {endpointId} of this account has no delivery {deliveryId}.");
        }

        var before = delivery.Status;
        (delivery.Status, delivery.NextAttemptAt, delivery.LeaseUntil) = (WebhookDeliveryStatuses.Pending, clock.GetUtcNow(), null);
        audit.Record(accountId, "webhook.redelivered", $"Message {delivery.MessageId} queued again for endpoint {endpointId}.",
            new AuditDetails(delivery.MessageId, delivery.Id.ToString(), new AuditChanges().Field("status", before, delivery.Status), StatusCodes.Status202Accepted));
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/accounts/{accountId}/webhooks/{endpointId}/deliveries", delivery.ToDto());
    }
}
