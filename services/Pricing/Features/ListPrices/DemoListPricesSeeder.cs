using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Pricing.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ListPrices;

/// <summary>List prices for the demo products; contract price lists come with the pricing issue.</summary>
public sealed class DemoListPricesSeeder : IDbSeeder<PricingDbContext>
{
    private static readonly (string Sku, decimal Amount)[] Demo =
    [
        ("PMP-1001", 1890.00m), ("VLV-2001", 246.50m), ("BRG-3001", 7.85m), ("SEA-4001", 132.00m),
    ];

    public async Task SeedAsync(PricingDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.ListPrices.Select(p => p.Sku).ToListAsync(cancellationToken);
        db.ListPrices.AddRange(Demo.Where(p => !existing.Contains(p.Sku))
            .Select(p => new ListPrice { Sku = p.Sku, Currency = "EUR", Amount = p.Amount }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
