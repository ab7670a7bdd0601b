using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Lifecycle;

/// <summary>One step in an order's life, kept for good: a state change on an axis, or an event that changed no state.</summary>
public sealed class OrderHistoryEntry
{
    public const int MaxDetailLength = 500;

    public long Id { get; init; }
    public Guid OrderId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Kind { get; init; }
    public string? Axis { get; init; }
    public string? FromState { get; init; }
    public string? ToState { get; init; }
    public required string Detail { get; init; }
    public required string ActorKind { get; init; }
    public string? ActorId { get; init; }
    public required string ActorName { get; init; }

    /// <summary>For a step the ERP caused: the sales order's change it came from.</summary>
    public int? ErpSequence { get; init; }

    public OrderHistoryEntryDto ToDto() => new(At, Kind, Axis, FromState, ToState, Detail, new OrderHistoryActorDto(ActorKind, ActorId, ActorName));
}
