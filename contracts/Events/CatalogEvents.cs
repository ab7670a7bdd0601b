namespace B2BPortal.Contracts.Events;

/// <summary>A confirmed stock level: absolute quantity of a SKU in a warehouse at <c>ConfirmedAt</c> (newest confirmation wins).</summary>
public sealed record StockLevel(string Sku, string Warehouse, decimal Quantity, DateTimeOffset ConfirmedAt);

/// <summary>
/// The ERP confirmed stock levels (published by the ERP adapter from the ERP's stock feed). Not about one account:
/// <c>AccountId</c> is <see cref="Guid.Empty"/>.
/// </summary>
public sealed record ErpStockLevelsChanged : IntegrationEvent
{
    public required IReadOnlyList<StockLevel> Levels { get; init; }
}

/// <summary>Catalog applied new stock levels for these SKUs; caches of availability should be dropped.</summary>
public sealed record StockLevelsUpdated : IntegrationEvent
{
    public required IReadOnlyList<string> Skus { get; init; }
}
