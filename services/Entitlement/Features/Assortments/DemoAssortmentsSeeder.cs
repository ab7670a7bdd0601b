using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Entitlement.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Entitlement.Features.Assortments;

/// <summary>
/// The demo assortments: Acme buys the whole industrial range plus its own pump skid (listed by SKU, nobody else sees it);
/// Plant North leaves servo motors to headquarters; Borealis buys bearings, seals, gaskets and AC motors only.
/// </summary>
public sealed class DemoAssortmentsSeeder : IDbSeeder<EntitlementDbContext>
{
    private static readonly Guid AcmeIndustrial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid AcmePlantNorth = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    private static readonly Guid BorealisMining = Guid.Parse("b0000000-0000-4000-8000-000000000001");

    private static readonly (Guid Account, string Kind, string Value)[] Demo =
    [
        (AcmeIndustrial, AssortmentRuleKinds.Category, "pumps"),
        (AcmeIndustrial, AssortmentRuleKinds.Category, "valves"),
        (AcmeIndustrial, AssortmentRuleKinds.Category, "bearings"),
        (AcmeIndustrial, AssortmentRuleKinds.Category, "seals"),
        (AcmeIndustrial, AssortmentRuleKinds.Category, "motors"),
        (AcmeIndustrial, AssortmentRuleKinds.Category, "parts"),
        (AcmeIndustrial, AssortmentRuleKinds.Sku, "CUS-7001"),
        (AcmePlantNorth, AssortmentRuleKinds.ExcludedCategory, "motors/servo"),
        (BorealisMining, AssortmentRuleKinds.Category, "bearings"),
        (BorealisMining, AssortmentRuleKinds.Category, "seals"),
        (BorealisMining, AssortmentRuleKinds.Category, "parts/gaskets"),
        (BorealisMining, AssortmentRuleKinds.Category, "motors/ac"),
    ];

    public async Task SeedAsync(EntitlementDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.AssortmentRules.Select(r => new { r.AccountId, r.Kind, r.Value }).ToListAsync(cancellationToken);
        db.AssortmentRules.AddRange(Demo
            .Where(d => !existing.Any(e => e.AccountId == d.Account && e.Kind == d.Kind && e.Value == d.Value))
            .Select(d => new AssortmentRule { Id = Guid.CreateVersion7(), AccountId = d.Account, Kind = d.Kind, Value = d.Value }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
