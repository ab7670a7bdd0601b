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

/// <summary>A contract price of an item set in the ERP; the contract price feed lists them in order of <see cref="Sequence"/>.</summary>
public sealed class ContractPriceChange
{
    public long Sequence { get; init; }
    public Guid ContractId { get; init; }
    public Guid CustomerAccountId { get; init; }
    public required string ItemNumber { get; init; }
    public decimal UnitPrice { get; init; }
    public List<PriceBreak> Breaks { get; init; } = [];
    public DateTimeOffset ChangedAt { get; init; }
}

public sealed class PriceBreak
{
    public decimal MinQuantity { get; init; }
    public decimal UnitPrice { get; init; }
}
