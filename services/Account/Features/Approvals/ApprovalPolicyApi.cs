using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Approvals;

/// <summary>
/// The account's approval rules: read what holds (own or inherited), set the account's own (AccountAdmin), or remove them so the
/// account follows the rules above it again. A change reaches the Order service as <see cref="OrderingSettingsChanged"/>; orders
/// already waiting keep the chain they were given.
/// </summary>
internal static class ApprovalPolicyApi
{
    public static RouteGroupBuilder MapApprovalPolicyApi(this RouteGroupBuilder account)
    {
        account.MapGet("/approval-policy", GetAsync).WithName("GetApprovalPolicy")
            .WithSummary("The approval rules that hold for the account: its own, or those of the nearest account above it, or none.");
        account.MapPut("/approval-policy", SetAsync).WithName("SetApprovalPolicy")
            .WithSummary("Sets the account's own approval rules (thresholds, approver levels, buyers' own thresholds, expiry); units below follow them.")
            .ProducesValidationProblem()
            .RequirePermission(AccountPermission.ManageOrderingSettings)
            .Audited("approval-policy.changed");
        account.MapDelete("/approval-policy", RemoveAsync).WithName("RemoveApprovalPolicy")
            .WithSummary("Removes the account's own approval rules: it follows the rules above it again.")
            .RequirePermission(AccountPermission.ManageOrderingSettings)
            .Audited("approval-policy.removed");
        return account;
    }

    private static async Task<Ok<EffectiveApprovalPolicyDto>> GetAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await EffectiveAsync(db, accountId, cancellationToken));

    private static async Task<Results<Ok<EffectiveApprovalPolicyDto>, ValidationProblem>> SetAsync(
        Guid accountId, ApprovalPolicyDto policy, HttpContext http, AccountDbContext db, IIntegrationEventOutbox outbox, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ApprovalPolicyRules.Validate(policy) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The approval rules were not changed.");
        }

        var rules = policy with { Steps = [.. policy.Steps.OrderBy(s => s.Above)], BuyerThresholds = policy.BuyerThresholds ?? [] };
        var own = await db.ApprovalPolicies.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);
        var by = PortalCaller.From(http.User)?.Name ?? "unknown";
        var changes = new AuditChanges().Field("rules", own?.Rules, ApprovalPolicy.Serialize(rules));
        if (own is null)
        {
            db.ApprovalPolicies.Add(new ApprovalPolicy { AccountId = accountId, Rules = ApprovalPolicy.Serialize(rules), UpdatedAt = clock.GetUtcNow(), UpdatedBy = by });
        }
        else
        {
            (own.Rules, own.UpdatedAt, own.UpdatedBy) = (ApprovalPolicy.Serialize(rules), clock.GetUtcNow(), by);
        }

        audit.Record(accountId, "approval-policy.changed",
            string.Join("; ", rules.Steps.Select(s => s.Describe())) + $"; {rules.BuyerThresholds!.Count} buyer threshold(s); " +
            $"waiting orders expire after {rules.ExpireAfterHours:0.###} h", new AuditDetails(Changes: changes));
        outbox.Add(new OrderingSettingsChanged { AccountId = accountId });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await EffectiveAsync(db, accountId, cancellationToken));
    }

    private static async Task<Ok<EffectiveApprovalPolicyDto>> RemoveAsync(
        Guid accountId, AccountDbContext db, IIntegrationEventOutbox outbox, AuditTrail audit, CancellationToken cancellationToken)
    {
        // Deleted by one statement rather than loaded and removed: of two removals at once, the second waits for the first and
        // finds nothing left to remove, so both answer the rules that now hold, and only the first is audited.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await db.ApprovalPolicies.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellationToken) > 0)
            {
                audit.Record(accountId, "approval-policy.removed", "The account follows the approval rules above it.");
                outbox.Add(new OrderingSettingsChanged { AccountId = accountId });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(await EffectiveAsync(db, accountId, cancellationToken));
    }

    public static async Task<EffectiveApprovalPolicyDto> EffectiveAsync(AccountDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        return await EffectiveAsync(db, tree, tree.Find(accountId)!, cancellationToken);
    }

    public static async Task<EffectiveApprovalPolicyDto> EffectiveAsync(
        AccountDbContext db, AccountTree tree, Accounts.Account account, CancellationToken cancellationToken)
    {
        Guid[] chain = [account.Id, .. tree.AncestorsOf(account).Select(a => a.Id)];
        var policies = await db.ApprovalPolicies.AsNoTracking().Where(p => chain.Contains(p.AccountId)).ToDictionaryAsync(p => p.AccountId, cancellationToken);
        return ApprovalPolicy.EffectiveFor(account, tree, policies);
    }
}
