using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Catalog.Data;
using B2BPortal.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Catalog.Features.Stock;

/// <summary>
/// Applies stock confirmed by the ERP. Levels are absolute and carry their confirmation time, so an older confirmation
/// arriving late never overwrites a newer one; the SKUs whose stock changed are announced for caches to drop.
/// </summary>
public sealed class ErpStockLevelsChangedConsumer(CatalogDbContext db, IIntegrationEventOutbox outbox)
    : InboxConsumer<ErpStockLevelsChanged, CatalogDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpStockLevelsChanged> context, CancellationToken cancellationToken)
    {
        // One statement for the whole page of the feed; a warehouse counted twice in it keeps its newest count, because
        // one INSERT … ON CONFLICT may not touch a row twice.
        var levels = context.Message.Levels.GroupBy(l => (l.Sku, l.Warehouse)).Select(g => g.MaxBy(l => l.ConfirmedAt)!).ToList();
        var skus = levels.Select(l => l.Sku).ToArray();
        var warehouses = levels.Select(l => l.Warehouse).ToArray();
        var quantities = levels.Select(l => l.Quantity).ToArray();
        var confirmedAt = levels.Select(l => l.ConfirmedAt.ToUniversalTime()).ToArray();
        var changed = await Db.Database.SqlQuery<string>($"""
            INSERT INTO catalog.stock_levels (sku, warehouse, quantity, confirmed_at)
            SELECT l.sku, l.warehouse, l.quantity, l.confirmed_at
            FROM unnest({skus}, {warehouses}, {quantities}, {confirmedAt}) AS l (sku, warehouse, quantity, confirmed_at)
            WHERE EXISTS (SELECT 1 FROM catalog.products p WHERE p.sku = l.sku)
            ON CONFLICT (sku, warehouse) DO UPDATE SET quantity = excluded.quantity, confirmed_at = excluded.confirmed_at
            WHERE stock_levels.confirmed_at < excluded.confirmed_at
            RETURNING sku AS "Value"
            """).ToListAsync(cancellationToken);
        if (changed.Count > 0)
        {
            outbox.Add(new StockLevelsUpdated { AccountId = Guid.Empty, CorrelationId = context.Message.CorrelationId, Skus = [.. changed.Distinct()] });
        }
    }
}
