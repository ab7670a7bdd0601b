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
        var changed = new List<string>();
        foreach (var level in context.Message.Levels)
        {
            var rows = await Db.Database.ExecuteSqlAsync($"""
                INSERT INTO catalog.stock_levels (sku, warehouse, quantity, confirmed_at)
                SELECT {level.Sku}, {level.Warehouse}, {level.Quantity}, {level.ConfirmedAt}
                WHERE EXISTS (SELECT 1 FROM catalog.products WHERE sku = {level.Sku})
                ON CONFLICT (sku, warehouse) DO UPDATE SET quantity = excluded.quantity, confirmed_at = excluded.confirmed_at
                WHERE stock_levels.confirmed_at < excluded.confirmed_at
                """, cancellationToken);
            if (rows > 0)
            {
                changed.Add(level.Sku);
            }
        }

        if (changed.Count > 0)
        {
            outbox.Add(new StockLevelsUpdated { AccountId = Guid.Empty, CorrelationId = context.Message.CorrelationId, Skus = [.. changed.Distinct()] });
        }
    }
}
