using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Entitlement.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Entitlement.Features.Assortments;

internal static class AssortmentApi
{
    public static RouteGroupBuilder MapAssortmentApi(this RouteGroupBuilder assortment)
    {
        assortment.MapGet("", GetAsync).WithName("GetAssortment").RequirePermission(AccountPermission.View)
            .WithSummary("The account's assortment: its own and inherited rules, and the categories and SKUs they resolve to.");
        return assortment;
    }

    private static async Task<Ok<AssortmentDto>> GetAsync(Guid accountId, HttpContext http, EntitlementDbContext db, CancellationToken cancellationToken)
    {
        Guid[] chain = [accountId, .. http.ActingFor().Ancestors];
        var rules = await db.AssortmentRules.AsNoTracking().Where(r => chain.Contains(r.AccountId)).ToListAsync(cancellationToken);
        var ordered = rules.OrderBy(r => Array.IndexOf(chain, r.AccountId)).ThenBy(r => r.Kind).ThenBy(r => r.Value);
        return TypedResults.Ok(new AssortmentDto(accountId, [.. ordered.Select(r => r.ToDto())], AssortmentResolver.Resolve(chain, rules)));
    }
}
