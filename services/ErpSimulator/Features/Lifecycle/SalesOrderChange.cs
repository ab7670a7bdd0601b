namespace B2BPortal.ErpSimulator.Features.Lifecycle;

/// <summary>An entry of the sales-order feed: one step in one sales order's life, in order of <see cref="Sequence"/>.</summary>
public sealed class SalesOrderChange
{
    public long Sequence { get; init; }
    public required string SalesOrderNumber { get; init; }
    public Guid PortalOrderId { get; init; }
    public required string PortalOrderNumber { get; init; }
    public Guid CustomerAccountId { get; init; }
    public int OrderSequence { get; init; }
    public required string Kind { get; init; }

    /// <summary>The change's particulars as JSON (<see cref="Contracts.Erp.ErpOrderChangeDetail"/>).</summary>
    public required string Detail { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
