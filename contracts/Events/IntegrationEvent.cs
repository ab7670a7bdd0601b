namespace B2BPortal.Contracts.Events;

/// <summary>
/// Base of every integration event. Namespaces and property names are the wire contract:
/// change them additively only; a breaking change is a new event type.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();
    public required Guid AccountId { get; init; }
    public Guid CorrelationId { get; init; }
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
