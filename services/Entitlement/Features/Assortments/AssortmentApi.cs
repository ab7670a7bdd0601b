using B2BPortal.Contracts.Entitlements;
using B2BPortal.Entitlement.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Entitlement.Features.Assortments;

internal static class AssortmentApi
{
    public static RouteGroupBuilder MapAssortmentApi(this RouteGroupBuilder assortment)
    {
        assortment.MapGet("/", ListAsync).WithName("GetAssortment").WithSummary("The assortment rules of the account: which products and categories it may order.");
        return assortment;
    }

    private static async Task<Ok<List<AssortmentRuleDto>>> ListAsync(Guid accountId, EntitlementDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.AssortmentRules.AsNoTracking()
            .Where(r => r.AccountId == accountId)
            .OrderBy(r => r.Kind).ThenBy(r => r.Value)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rules.Select(r => r.ToDto()).ToList());
    }
}
