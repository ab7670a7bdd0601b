namespace B2BPortal.Contracts.Events;

/// <summary>A list price set in the ERP (published by the ERP adapter from the ERP's price feed). <c>AccountId</c> is empty.</summary>
public sealed record ErpListPriceChanged : IntegrationEvent
{
    public required string Sku { get; init; }
    public required string Currency { get; init; }
    public required decimal Amount { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}

/// <summary>
/// A contract line set in the ERP: the unit price of a SKU in a contract from one unit, with its quantity breaks above one
/// unit in <c>Tiers</c> (together replacing what the contract had for the SKU). <c>AccountId</c> is the contract's account.
/// </summary>
public sealed record ErpContractPriceChanged : IntegrationEvent
{
    public required Guid ContractId { get; init; }
    public required string Sku { get; init; }
    public required decimal UnitPrice { get; init; }
    public required IReadOnlyList<ContractTier> Tiers { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}

public sealed record ContractTier(decimal MinQuantity, decimal UnitPrice);

/// <summary>
/// Pricing changed what it answers for these SKUs (every account when <c>AccountId</c> is empty, else that account and the
/// units below it). Caches of prices must be dropped at once.
/// </summary>
public sealed record PricesChanged : IntegrationEvent
{
    public required IReadOnlyList<string> Skus { get; init; }
}
