using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Audit;

internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder account)
    {
        account.MapGet("/audit", ListAsync).WithName("ListAuditEntries").WithSummary("Who changed what in the account, when and from which IP address, newest first.").RequirePermission(AccountPermission.ViewAudit);
        return account;
    }

    /// <summary>Changes to the account and the units below it, newest first.</summary>
    private static async Task<Ok<List<AuditEntryDto>>> ListAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken, int take = 100)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var ids = tree.SelfAndDescendants(accountId).Select(a => a.Id).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => ids.Contains(e.AccountId))
            .OrderByDescending(e => e.OccurredAt)
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(e => e.ToDto()).ToList());
    }
}
