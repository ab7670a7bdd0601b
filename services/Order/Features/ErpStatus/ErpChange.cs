namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>
/// A change the ERP made to an order's sales order, kept as received. Changes are applied strictly in the order of
/// <see cref="Sequence"/>; one that arrives before an earlier one waits here until the gap is filled. A change the order's
/// lifecycle refuses is kept with the reason (and counted applied, so the changes after it are not held up).
/// </summary>
public sealed class ErpChange
{
    public Guid OrderId { get; init; }
    public int Sequence { get; init; }
    public required string Kind { get; init; }
    public required string ErpOrderNumber { get; init; }

    /// <summary>The change's particulars as JSON (<see cref="Contracts.Erp.ErpOrderChangeDetail"/>).</summary>
    public required string Detail { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? AppliedAt { get; set; }
    public string? Refusal { get; set; }
}
