namespace B2BPortal.Contracts.Webhooks;

/// <summary>The event types an endpoint can ask for; <c>webhook.test</c> is sent on request to any endpoint.</summary>
public static class WebhookEventTypes
{
    public const string OrderPlaced = "order.placed";
    public const string OrderAcknowledged = "order.acknowledged";
    public const string OrderProcess = "order.process.changed";
    public const string OrderValidation = "order.validation.changed";
    public const string OrderShipment = "order.shipment";
    public const string OrderInvoice = "order.invoice";
    public const string OrderUpdated = "order.updated";
    public const string QuoteSubmitted = "quote.submitted";
    public const string QuoteSent = "quote.sent";
    public const string QuoteAccepted = "quote.accepted";
    public const string QuoteDeclined = "quote.declined";
    public const string QuoteRenegotiationRequested = "quote.renegotiation-requested";
    public const string QuoteExpired = "quote.expired";
    public const string QuoteWithdrawn = "quote.withdrawn";
    public const string QuoteOrdered = "quote.ordered";

    /// <summary>Any other step of a quote: taken into review, closed.</summary>
    public const string QuoteUpdated = "quote.updated";

    public const string Test = "webhook.test";

    public static readonly IReadOnlyList<string> Subscribable =
    [
        OrderPlaced, OrderAcknowledged, OrderProcess, OrderValidation, OrderShipment, OrderInvoice, OrderUpdated,
        QuoteSubmitted, QuoteSent, QuoteAccepted, QuoteDeclined, QuoteRenegotiationRequested, QuoteExpired, QuoteWithdrawn, QuoteOrdered, QuoteUpdated,
    ];
}

public static class WebhookEndpointStatuses
{
    public const string Active = "Active";
    public const string Paused = "Paused";
    public const string Disabled = "Disabled";
}

public static class WebhookDeliveryStatuses
{
    public const string Pending = "Pending";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
}

/// <summary>Registers an endpoint: its URL (https outside Development), the event types it wants, and a description.</summary>
public sealed record CreateWebhookEndpointRequest(string Url, IReadOnlyList<string> EventTypes, string? Description = null);

/// <summary>Changes an endpoint: a field left out stays; <c>status</c> is Active or Paused (a disabled endpoint is turned on with Active).</summary>
public sealed record UpdateWebhookEndpointRequest(string? Url = null, IReadOnlyList<string>? EventTypes = null, string? Description = null, string? Status = null);

public sealed record WebhookEndpointDto(
    Guid Id, Guid AccountId, string Url, string? Description, IReadOnlyList<string> EventTypes, string Status, string? DisabledReason,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? FailingSince, IReadOnlyList<WebhookSecretInfoDto> Secrets);

/// <summary>A signing secret's lifetime; the secret itself is shown once, when it is made.</summary>
public sealed record WebhookSecretInfoDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>A new endpoint or a rotated secret: the <c>whsec_</c> secret to verify signatures with, shown this once.</summary>
public sealed record WebhookSecretDto(Guid EndpointId, string Secret, DateTimeOffset? PreviousExpiresAt, WebhookEndpointDto Endpoint);

public sealed record WebhookDeliveryDto(
    Guid Id, string MessageId, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt, IReadOnlyList<WebhookAttemptDto> Log);

/// <summary>One try: when, the receiver's status code (null when it could not be reached), how long it took, and what it said.</summary>
public sealed record WebhookAttemptDto(DateTimeOffset At, int? StatusCode, int LatencyMs, string? Response, string? Error);
