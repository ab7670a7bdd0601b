namespace B2BPortal.Catalog.Features.Stock;

/// <summary>Stock of a SKU in a warehouse as the ERP last confirmed it; a newer confirmation replaces an older one.</summary>
public sealed class StockLevel
{
    public required string Sku { get; init; }
    public required string Warehouse { get; init; }
    public decimal Quantity { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}

public sealed class Warehouse
{
    public required string Code { get; init; }
    public required string Name { get; set; }
}
