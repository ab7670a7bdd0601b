using B2BPortal.Catalog.Data;
using B2BPortal.Catalog.Features.Stock;
using B2BPortal.Contracts.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>The category tree and the warehouses: small, read on every request, so kept in memory for a minute.</summary>
public sealed class ReferenceData(IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<Category>> CategoriesAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("catalog:categories", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeepFor;
            return await db.Categories.AsNoTracking().OrderBy(c => c.Path).ToListAsync(cancellationToken);
        }))!;

    public async Task<IReadOnlyDictionary<string, string>> WarehouseNamesAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("catalog:warehouses", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeepFor;
            return await db.Warehouses.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Name, cancellationToken);
        }))!;

    /// <summary>Codes of <paramref name="path"/>'s category and every category below it.</summary>
    public static IEnumerable<Category> Under(IEnumerable<Category> categories, string path) =>
        categories.Where(c => CategoryPaths.IsAtOrBelow(c.Path, path));
}
