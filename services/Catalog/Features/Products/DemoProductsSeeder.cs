using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>A handful of demo products; the full deterministic catalog generator comes with the catalog issue.</summary>
public sealed class DemoProductsSeeder : IDbSeeder<CatalogDbContext>
{
    private static readonly Product[] Demo =
    [
        new() { Sku = "PMP-1001", Name = "Centrifugal pump CP-50", Description = "End-suction centrifugal pump, 50 m³/h, cast iron.", UnitOfMeasure = "EA" },
        new() { Sku = "VLV-2001", Name = "Ball valve DN50 PN40", Description = "Full-bore stainless steel ball valve, flanged.", UnitOfMeasure = "EA" },
        new() { Sku = "BRG-3001", Name = "Deep groove ball bearing 6205", Description = "Sealed deep groove ball bearing, 25×52×15 mm.", UnitOfMeasure = "EA" },
        new() { Sku = "SEA-4001", Name = "Mechanical seal MS-25", Description = "Single mechanical seal for CP-series pumps, 25 mm shaft.", UnitOfMeasure = "EA" },
    ];

    public async Task SeedAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Products.Select(p => p.Sku).ToListAsync(cancellationToken);
        db.Products.AddRange(Demo.Where(p => !existing.Contains(p.Sku))
            .Select(p => new Product { Sku = p.Sku, Name = p.Name, Description = p.Description, UnitOfMeasure = p.UnitOfMeasure }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
