using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Pricing.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ContractPrices;

/// <summary>
/// Demo contracts: Acme Industrial's frame agreement (pumps and valves with quantity tiers, inherited by all of Acme) and
/// Acme Plant North's own pump deal, which overrides the frame price for pumps there; Acme Plant South's valve programme of
/// 2025, ended and refusing to price <see cref="ExpiredContractSku"/> until it is renewed. Borealis has none: list prices.
/// </summary>
public sealed class DemoContractsSeeder : IDbSeeder<PricingDbContext>
{
    public static readonly Guid AcmeFrame = Guid.Parse("e0000000-0000-4000-8000-000000000001");
    public static readonly Guid NorthPumpDeal = Guid.Parse("e0000000-0000-4000-8000-000000000002");
    public static readonly Guid SouthValveDeal2025 = Guid.Parse("e0000000-0000-4000-8000-000000000003");

    /// <summary>A valve Plant South bought under a 2025 contract that ended without renewal and refuses to price after it.</summary>
    public const string ExpiredContractSku = "VLV-100003";
    private static readonly Guid AcmePlantSouth = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    private static readonly Guid AcmeIndustrial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid AcmePlantNorth = Guid.Parse("a0000000-0000-4000-8000-000000000002");

    public async Task SeedAsync(PricingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Contracts.AnyAsync(c => c.Id == SouthValveDeal2025, cancellationToken))
        {
            db.Contracts.Add(new Contract
            {
                Id = SouthValveDeal2025, AccountId = AcmePlantSouth, Name = "Plant South valve programme 2025", Currency = "EUR",
                ValidFrom = new DateOnly(2025, 1, 1), ValidUntil = new DateOnly(2025, 12, 31), OnExpiry = ExpiryBehaviour.Refuse,
                Prices = [new() { Sku = ExpiredContractSku, MinQuantity = 1, UnitPrice = 410.00m }],
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (await db.Contracts.AnyAsync(c => c.Id == AcmeFrame || c.Id == NorthPumpDeal, cancellationToken))
        {
            return;
        }

        db.Contracts.Add(new Contract
        {
            Id = AcmeFrame, AccountId = AcmeIndustrial, Name = "Acme frame agreement 2026", Currency = "EUR",
            ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2027, 12, 31), OnExpiry = ExpiryBehaviour.FallBackToListPrice,
            Prices =
            [
                new() { Sku = "PMP-1001", MinQuantity = 1, UnitPrice = 1_720.00m },
                new() { Sku = "PMP-1001", MinQuantity = 10, UnitPrice = 1_650.00m },
                new() { Sku = "PMP-1001", MinQuantity = 50, UnitPrice = 1_590.00m },
                new() { Sku = "VLV-2001", MinQuantity = 1, UnitPrice = 229.00m },
                new() { Sku = "VLV-2001", MinQuantity = 25, UnitPrice = 214.00m },
            ],
        });
        db.Contracts.Add(new Contract
        {
            Id = NorthPumpDeal, AccountId = AcmePlantNorth, Name = "Plant North pump programme", Currency = "EUR",
            ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2027, 12, 31), OnExpiry = ExpiryBehaviour.Refuse,
            Prices = [new() { Sku = "PMP-1001", MinQuantity = 1, UnitPrice = 1_680.00m }, new() { Sku = "PMP-1001", MinQuantity = 20, UnitPrice = 1_560.00m }],
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
