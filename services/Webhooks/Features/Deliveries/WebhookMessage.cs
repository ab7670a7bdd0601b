namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>
/// One event as receivers get it: its <c>webhook-id</c> (the same on every attempt and every endpoint), type and JSON body,
/// fixed when the event is taken in so that every retry sends the same bytes.
/// </summary>
public sealed class WebhookMessage
{
    public required string Id { get; init; }
    public Guid AccountId { get; init; }
    public required string EventType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A message id from the integration event's id: taking the same event in twice gives the same id.</summary>
    public static string IdOf(Guid eventId) => $"msg_{eventId:N}";
}

/// <summary>A message on its way to one endpoint: due at <see cref="NextAttemptAt"/>, claimed by a dispatcher until <see cref="LeaseUntil"/>.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string MessageId { get; init; }
    public Guid EndpointId { get; init; }
    public Guid AccountId { get; init; }
    public required string EventType { get; init; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public List<DeliveryAttempt> Log { get; init; } = [];
}

/// <summary>One try of a delivery, for the delivery log.</summary>
public sealed class DeliveryAttempt
{
    public const int MaxResponseLength = 500;

    public long Id { get; init; }
    public Guid DeliveryId { get; init; }
    public DateTimeOffset At { get; init; }
    public int? StatusCode { get; init; }
    public int LatencyMs { get; init; }
    public string? Response { get; init; }
    public string? Error { get; init; }
}
