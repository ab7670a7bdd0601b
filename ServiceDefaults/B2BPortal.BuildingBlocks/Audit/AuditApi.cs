using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// <c>GET …/audit</c> (one service's part of the trail of an account and its units, newest first, filtered) and <c>GET …/audit/verification</c>, the
/// same in every audited service; the BFF merges them into the account's trail.
/// </summary>
public static class AuditApi
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder account)
    {
        account.MapGet("/audit", ListAsync).WithName("ListAuditRecords").WithTags("Audit")
            .WithSummary("The account's audit records kept by this service, newest first.")
            .WithDescription("actor matches the actor's id or part of the name; action matches from the start (order. finds every order action); " +
                             "target is an order number, email or the changed thing's id; from and to bound the time; before is the next cursor of the page before.")
            .ProducesValidationProblem()
            .RequirePermission(AccountPermission.ViewAudit);
        account.MapGet("/audit/verification", VerifyAsync).WithName("VerifyAuditTrail").WithTags("Audit")
            .WithSummary("Recomputes every hash of the account's chain in this service and names the first record that does not fit.")
            .RequirePermission(AccountPermission.ViewAudit);
        return account;
    }

    private static async Task<Results<Ok<AuditPageDto>, ValidationProblem>> ListAsync(
        Guid accountId, HttpContext http, IAuditDbContext db, IOptions<AuditOptions> options, CancellationToken cancellationToken,
        string? actor = null, string? action = null, string? target = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        string? before = null, int take = 100)
    {
        AuditCursor? cursor = null;
        if (before is not null && !AuditCursor.TryParse(before, out cursor))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["before"] = ["Pass the next cursor of the page before, as it came."] },
                title: "The audit trail could not be read.");
        }

        take = Math.Clamp(take, 1, MaxPageSize);
        var accounts = AccountAndUnits(http, accountId);
        var query = db.AuditRecords.AsNoTracking().Where(r => accounts.Contains(r.AccountId));
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var pattern = $"%{Like(actor.Trim())}%";
            query = query.Where(r => r.ActorId == actor.Trim() || EF.Functions.ILike(r.ActorName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(r => r.Action.StartsWith(action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(target))
        {
            query = query.Where(r => r.Target == target.Trim() || r.SubjectId == target.Trim());
        }

        if (from is not null)
        {
            query = query.Where(r => r.OccurredAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.OccurredAt < to);
        }

        if (cursor is not null)
        {
            query = After(query, cursor, options.Value.Service);
        }

        var records = await query.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Sequence).Take(take + 1).ToListAsync(cancellationToken);
        var page = records.Take(take).Select(r => r.ToDto()).ToList();
        var next = records.Count > take ? AuditCursor.Of(page[^1].OccurredAt, page[^1].Service, page[^1].Sequence).ToString() : null;
        return TypedResults.Ok(new AuditPageDto(page, next));
    }

    /// <summary>The account and the units below it whose trail the caller may read: an admin of a company sees its plants' records too.</summary>
    private static List<Guid> AccountAndUnits(HttpContext http, Guid accountId) =>
        http.Features.Get<CallerScope>()?.SelfAndBelow(accountId, AccountPermission.ViewAudit) ?? [accountId];

    private static IQueryable<AuditRecord> After(IQueryable<AuditRecord> query, AuditCursor cursor, string service)
    {
        var at = cursor.OccurredAt;
        var order = string.CompareOrdinal(service, cursor.Service);
        return order < 0 ? query.Where(r => r.OccurredAt <= at)
            : order > 0 ? query.Where(r => r.OccurredAt < at)
            : query.Where(r => r.OccurredAt < at || (r.OccurredAt == at && r.Sequence < cursor.Sequence));
    }

    private static async Task<Ok<AuditVerificationDto>> VerifyAsync(
        Guid accountId, IAuditDbContext db, IOptions<AuditOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditVerifier.VerifyAsync((DbContext)db, options.Value.Service, accountId, clock, cancellationToken));

    private static string Like(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
