using B2BPortal.Contracts.Events;
using MassTransit;

namespace B2BPortal.Order.Features.AccountFacts;

/// <summary>
/// Drops the kept profiles or assortments when their owner changed one. Every Order instance has its own temporary queue for
/// these (a cache is per process, so each must hear of every change); one that was not running missed nothing it had kept.
/// </summary>
public sealed class AccountFactsChangedConsumer(AccountFactsCache cache) : IConsumer<OrderingSettingsChanged>, IConsumer<AssortmentChanged>
{
    public Task Consume(ConsumeContext<OrderingSettingsChanged> context)
    {
        cache.DropProfiles();
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<AssortmentChanged> context)
    {
        cache.DropAssortments();
        return Task.CompletedTask;
    }
}
