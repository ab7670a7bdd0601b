using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Approvals;

/// <summary>
/// Acme's approval rules (demo): orders above 25,000 need an approver, above 100,000 a second one from the company level; waiting
/// orders expire after a week. Borealis has none.
/// </summary>
public sealed class DemoApprovalPolicySeeder : IDbSeeder<AccountDbContext>
{
    public static readonly ApprovalPolicyDto Acme = new(
        [new ApprovalStepRule(25_000m), new ApprovalStepRule(100_000m, ApproverRoles.Approver, ApproverLevels.Company)], [], 168);

    public async Task SeedAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ApprovalPolicies.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ApprovalPolicies.Add(new ApprovalPolicy
        {
            AccountId = DemoAccountsSeeder.AcmeIndustrial, Rules = ApprovalPolicy.Serialize(Acme), UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "demo data",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
