using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Security;

internal static class SecurityPolicyApi
{
    public static RouteGroupBuilder MapSecurityPolicyApi(this RouteGroupBuilder account)
    {
        account.MapPut("/security-policy", UpdateAsync).WithName("UpdateSecurityPolicy").WithSummary("Requires (or stops requiring) two-factor sign-in for everyone in the company. Company accounts only (409 on a unit).").RequirePermission(AccountPermission.ManageMembers)
            .Audited("security-policy.changed");
        return account;
    }

    /// <summary>Require (or stop requiring) two-factor sign-in for everyone in the company; set on the company itself.</summary>
    private static async Task<Results<Ok<SecurityPolicyDto>, ProblemHttpResult>> UpdateAsync(
        Guid accountId, SecurityPolicyDto policy, AccountDbContext db, IIntegrationEventOutbox outbox, AuditTrail audit, CancellationToken cancellationToken)
    {
        var company = await db.Accounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        if (company.ParentId is not null)
        {
            return CompanyLevel.Problem("The two-factor policy", company.Name);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = new AuditChanges().Field("requireTwoFactor", company.RequireTwoFactor, policy.RequireTwoFactor);
        company.RequireTwoFactor = policy.RequireTwoFactor;
        audit.Record(accountId, "security-policy.changed", policy.RequireTwoFactor ? "Two-factor sign-in required" : "Two-factor sign-in optional",
            new AuditDetails(Target: company.Name, Changes: changes));
        await db.SaveChangesAsync(cancellationToken);

        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var units = tree.SelfAndDescendants(accountId).Select(a => (Guid?)a.Id).ToList();
        var users = await db.Memberships.Where(m => units.Contains(m.AccountId)).Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        await TwoFactorRequirements.PublishForAsync(db, outbox, users, pending: null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(policy);
    }
}

internal static class CompanyLevel
{
    public static ProblemHttpResult Problem(string what, string unitName) => TypedResults.Problem(
        statusCode: 409,
        title: "Set on the company.",
        detail: $"{what} belongs to the company; {unitName} is a unit of it. Use the company's account id.");
}
