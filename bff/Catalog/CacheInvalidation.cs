using B2BPortal.Contracts.Events;
using MassTransit;

namespace B2BPortal.Bff.Catalog;

/// <summary>Pricing changed a price: every cached answer holding prices is dropped.</summary>
public sealed class PricesChangedConsumer(CompositionCache cache) : IConsumer<PricesChanged>
{
    public Task Consume(ConsumeContext<PricesChanged> context) => cache.BumpAsync(CompositionCache.Prices);
}

/// <summary>Catalog took new stock levels: every cached answer holding availability is dropped.</summary>
public sealed class StockLevelsUpdatedConsumer(CompositionCache cache) : IConsumer<StockLevelsUpdated>
{
    public Task Consume(ConsumeContext<StockLevelsUpdated> context) => cache.BumpAsync(CompositionCache.Stock);
}

/// <summary>
/// An account's assortment rules changed: cached assortments and every cached answer filtered by one are dropped (the units
/// below the account inherit its rules, and changes are rare, so all of them rather than tracking which).
/// </summary>
public sealed class AssortmentChangedConsumer(CompositionCache cache) : IConsumer<AssortmentChanged>
{
    public Task Consume(ConsumeContext<AssortmentChanged> context) => cache.BumpAsync(CompositionCache.Assortments);
}
