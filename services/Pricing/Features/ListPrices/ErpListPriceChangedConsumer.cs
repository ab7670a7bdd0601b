using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Pricing.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ListPrices;

/// <summary>
/// Takes a list price set in the ERP. A change older than the price held is stale and ignored; an applied change is
/// announced as <see cref="PricesChanged"/> in the same transaction, so caches of prices are dropped once it is committed.
/// </summary>
public sealed class ErpListPriceChangedConsumer(PricingDbContext db, IIntegrationEventOutbox outbox)
    : InboxConsumer<ErpListPriceChanged, PricingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpListPriceChanged> context, CancellationToken cancellationToken)
    {
        var change = context.Message;
        var applied = await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO pricing.list_prices (sku, currency, amount, changed_at)
            VALUES ({change.Sku}, {change.Currency}, {change.Amount}, {change.ChangedAt})
            ON CONFLICT (sku) DO UPDATE SET currency = excluded.currency, amount = excluded.amount, changed_at = excluded.changed_at
            WHERE list_prices.changed_at < excluded.changed_at
            """, cancellationToken);
        if (applied > 0)
        {
            outbox.Add(new PricesChanged { AccountId = Guid.Empty, CorrelationId = change.CorrelationId, Skus = [change.Sku] });
        }
    }
}
