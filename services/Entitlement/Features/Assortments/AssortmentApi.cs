using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Contracts.Events;
using B2BPortal.Entitlement.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Entitlement.Features.Assortments;

internal static class AssortmentApi
{
    public static RouteGroupBuilder MapAssortmentApi(this RouteGroupBuilder assortment)
    {
        assortment.MapGet("", GetAsync).WithName("GetAssortment").RequirePermission(AccountPermission.View)
            .WithSummary("The account's assortment: its own and inherited rules, and the categories and SKUs they resolve to.");
        assortment.MapPut("/rules", SetRulesAsync).AcceptsBulkBody().WithName("SetAssortmentRules").RequirePermission(AccountPermission.ManageAssortment)
            .WithSummary("Replaces the account's own assortment rules (internal staff). Units below inherit them unless they have their own; " +
                         "the portal's cached catalogs follow at once.")
            .Audited("assortment.changed");
        return assortment;
    }

    private static async Task<Results<Ok<AssortmentDto>, ValidationProblem>> SetRulesAsync(
        Guid accountId, SetAssortmentRulesRequest? request, HttpContext http, EntitlementDbContext db, IIntegrationEventOutbox outbox,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        if (AssortmentRuleValidation.Validate(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The assortment was not changed.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two changes of one account's rules take turns; otherwise both could delete and both insert, leaving a mix.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({accountId.ToString()}, 0))", cancellationToken);
        var before = await db.AssortmentRules.AsNoTracking().Where(r => r.AccountId == accountId).Select(r => r.Kind + ":" + r.Value).ToListAsync(cancellationToken);
        await db.AssortmentRules.Where(r => r.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        var rules = request!.Rules.DistinctBy(r => (r.Kind, r.Value.Trim()))
            .Select(r => new AssortmentRule { Id = Guid.CreateVersion7(), AccountId = accountId, Kind = r.Kind, Value = r.Value.Trim() }).ToList();
        db.AssortmentRules.AddRange(rules);
        var after = rules.Select(r => r.Kind + ":" + r.Value).ToList();
        audit.Record(accountId, "assortment.changed", $"Assortment rules replaced: {before.Count} rule(s) before, {after.Count} now.",
            new AuditDetails(Changes: new AuditChanges()
                .Field("added", null, Listed(after.Except(before)))
                .Field("removed", Listed(before.Except(after)), null)));
        outbox.Add(new AssortmentChanged { AccountId = accountId });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await AssortmentOfAsync(accountId, http, db, cancellationToken));
    }

    private static string? Listed(IEnumerable<string> rules) =>
        rules.Order(StringComparer.Ordinal).ToList() is { Count: > 0 } listed ? string.Join(", ", listed) : null;

    private static async Task<Ok<AssortmentDto>> GetAsync(Guid accountId, HttpContext http, EntitlementDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AssortmentOfAsync(accountId, http, db, cancellationToken));

    private static async Task<AssortmentDto> AssortmentOfAsync(Guid accountId, HttpContext http, EntitlementDbContext db, CancellationToken cancellationToken)
    {
        Guid[] chain = [accountId, .. http.ActingFor().Ancestors];
        var rules = await db.AssortmentRules.AsNoTracking().Where(r => chain.Contains(r.AccountId)).ToListAsync(cancellationToken);
        var ordered = rules.OrderBy(r => Array.IndexOf(chain, r.AccountId)).ThenBy(r => r.Kind).ThenBy(r => r.Value);
        return new AssortmentDto(accountId, [.. ordered.Select(r => r.ToDto())], AssortmentResolver.Resolve(chain, rules));
    }
}
