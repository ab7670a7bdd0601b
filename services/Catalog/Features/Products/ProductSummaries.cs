using B2BPortal.Catalog.Data;
using B2BPortal.Contracts.Catalog;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>Turns products into the summaries every answer carries, with their stock per warehouse and its freshness.</summary>
public sealed class ProductSummaries(CatalogDbContext db, ReferenceData reference, TimeProvider clock)
{
    public async Task<List<ProductSummaryDto>> ForAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        var skus = products.Select(p => p.Sku).ToArray();
        var stock = await db.StockLevels.AsNoTracking().Where(s => skus.Contains(s.Sku)).ToListAsync(cancellationToken);
        var names = await reference.WarehouseNamesAsync(db, cancellationToken);
        var bySku = stock.ToLookup(s => s.Sku);
        var now = clock.GetUtcNow();

        return [.. products.Select(p =>
        {
            var levels = bySku[p.Sku].OrderBy(s => s.Warehouse)
                .Select(s => new WarehouseStockDto(s.Warehouse, names.GetValueOrDefault(s.Warehouse, s.Warehouse), s.Quantity, s.ConfirmedAt))
                .ToList();
            DateTimeOffset? asOf = levels.Count == 0 ? null : levels.Min(l => l.ConfirmedAt);
            var availability = new AvailabilityDto(levels.Sum(l => l.Quantity), asOf, asOf is null ? null : (long)(now - asOf.Value).TotalSeconds, levels);
            return new ProductSummaryDto(p.Sku, p.Name, p.CategoryCode, p.CategoryPath, p.UnitOfMeasure, p.PackSize, p.PalletQuantity,
                p.MinimumOrderQuantity, p.Lifecycle, p.SuccessorSku, p.EquipmentModel, availability);
        })];
    }
}
