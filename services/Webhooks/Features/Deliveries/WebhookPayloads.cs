using System.Text.Json;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Contracts.Webhooks;

namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>
/// What receivers get: <c>{"type", "timestamp", "data"}</c> as Standard Webhooks suggests, <c>data</c> holding the order's step
/// and its three states after it. Partners fetch the whole order from the API when they need more.
/// </summary>
internal static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The webhook event type of an order's step: its axis, or what kind of news it is.</summary>
    public static string TypeOf(OrderStatusChanged step) => (step.Kind, step.Axis, step.To) switch
    {
        ("placed", _, _) => WebhookEventTypes.OrderPlaced,
        ("erp-acknowledged", _, _) => WebhookEventTypes.OrderAcknowledged,
        ("delivery" or "shipment", _, _) => WebhookEventTypes.OrderShipment,
        (_, OrderAxes.Process, ProcessStates.Shipped or ProcessStates.PartiallyShipped or ProcessStates.Delivered) => WebhookEventTypes.OrderShipment,
        (_, OrderAxes.Process, _) => WebhookEventTypes.OrderProcess,
        (_, OrderAxes.Validation, _) => WebhookEventTypes.OrderValidation,
        (_, OrderAxes.Payment, _) => WebhookEventTypes.OrderInvoice,
        ("overdue" or "invoice" or "payment", _, _) => WebhookEventTypes.OrderInvoice,
        _ => WebhookEventTypes.OrderUpdated,
    };

    public static WebhookMessage Of(OrderStatusChanged step, DateTimeOffset now) => Message(step.EventId, step.AccountId, TypeOf(step), step.OccurredAt, new
    {
        step.AccountId, step.OrderId, step.OrderNumber, step.PurchaseOrderNumber, step.ErpOrderNumber, step.Kind, step.Axis, step.From, step.To, step.Detail,
        step.ProcessStatus, step.ValidationStatus, step.PaymentStatus, step.OccurredAt,
    }, now);

    /// <summary>The webhook event type of a quote's step: the state it reached.</summary>
    public static string TypeOf(QuoteStatusChanged step) => step.To switch
    {
        QuoteStates.Submitted => WebhookEventTypes.QuoteSubmitted,
        QuoteStates.Sent => WebhookEventTypes.QuoteSent,
        QuoteStates.Accepted => WebhookEventTypes.QuoteAccepted,
        QuoteStates.Declined => WebhookEventTypes.QuoteDeclined,
        QuoteStates.RenegotiationRequested => WebhookEventTypes.QuoteRenegotiationRequested,
        QuoteStates.Expired => WebhookEventTypes.QuoteExpired,
        QuoteStates.Withdrawn => WebhookEventTypes.QuoteWithdrawn,
        QuoteStates.Ordered => WebhookEventTypes.QuoteOrdered,
        _ => WebhookEventTypes.QuoteUpdated,
    };

    /// <summary>A quote's step as both parties may read it: never an internal note or anyone's e-mail address.</summary>
    public static WebhookMessage Of(QuoteStatusChanged step, DateTimeOffset now) => Message(step.EventId, step.AccountId, TypeOf(step), step.OccurredAt, new
    {
        step.AccountId, step.QuoteId, step.QuoteNumber, step.From, step.To, step.Party, step.ActorName, step.Revision, step.Currency, step.NetAmount,
        step.ExpiresAt, step.OrderId, step.OrderNumber, step.Comment, step.OccurredAt,
    }, now);

    public static WebhookMessage Test(Guid accountId, Guid endpointId, DateTimeOffset now) => Message(Guid.CreateVersion7(), accountId, WebhookEventTypes.Test, now, new
    {
        accountId, endpointId, message = "A test event from the B2B Portal: if its signature verifies, the endpoint is set up right.",
    }, now);

    private static WebhookMessage Message(Guid eventId, Guid accountId, string type, DateTimeOffset occurredAt, object data, DateTimeOffset now) => new()
    {
        Id = WebhookMessage.IdOf(eventId), AccountId = accountId, EventType = type, CreatedAt = now,
        Payload = JsonSerializer.Serialize(new { type, timestamp = occurredAt.ToUniversalTime(), data }, Json),
    };
}
