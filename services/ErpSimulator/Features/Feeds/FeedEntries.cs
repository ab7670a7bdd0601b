namespace B2BPortal.ErpSimulator.Features.Feeds;

/// <summary>A stock count booked in the ERP; the stock feed lists them in order of <see cref="Sequence"/>.</summary>
public sealed class StockMovement
{
    public long Sequence { get; init; }
    public required string ItemNumber { get; init; }
    public required string Warehouse { get; init; }
    public decimal Quantity { get; init; }
    public DateTimeOffset ConfirmedAt { get; init; }
}

/// <summary>A list price set in the ERP; the price feed lists them in order of <see cref="Sequence"/>.</summary>
public sealed class PriceChange
{
    public long Sequence { get; init; }
    public required string ItemNumber { get; init; }
    public required string Currency { get; init; }
    public decimal Amount { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}
