using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Members;

/// <summary>The demo users' memberships (the users themselves live in Identity with the same ids), listed in the README.</summary>
public sealed class DemoMembershipsSeeder : IDbSeeder<AccountDbContext>
{
    public async Task SeedAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        Membership[] demo =
        [
            Demo(1, 1, "buyer@acme.example", "Anna Buyer (Acme Plant North)", DemoAccountsSeeder.AcmePlantNorth, AccountRoles.Buyer, null, now),
            Demo(2, 2, "approver@acme.example", "Arne Approver (Acme)", DemoAccountsSeeder.AcmeIndustrial, AccountRoles.Approver, 50_000m, now),
            Demo(3, 3, "admin@acme.example", "Ada Admin (Acme)", DemoAccountsSeeder.AcmeIndustrial, AccountRoles.AccountAdmin, null, now),
            Demo(4, 4, "buyer@borealis.example", "Bo Buyer (Borealis)", DemoAccountsSeeder.BorealisMining, AccountRoles.Buyer, null, now),
            Demo(5, 5, "manager@portal.example", "Mia Manager (account manager)", DemoAccountsSeeder.AcmeIndustrial, AccountRoles.AccountManager, null, now),
            Demo(6, 5, "manager@portal.example", "Mia Manager (account manager)", DemoAccountsSeeder.BorealisMining, AccountRoles.AccountManager, null, now),
            Demo(7, 6, "plant-approver@acme.example", "Pia Plant-Approver (Acme Plant North)", DemoAccountsSeeder.AcmePlantNorth, AccountRoles.Approver, 150_000m, now),
            Demo(8, 7, "controller@acme.example", "Carl Controller (Acme)", DemoAccountsSeeder.AcmeIndustrial, AccountRoles.Approver, 1_000_000m, now),
            Demo(9, 8, "validator@portal.example", "Vera Validator (order validation)", DemoAccountsSeeder.AcmeIndustrial, AccountRoles.Validator, null, now),
            Demo(10, 8, "validator@portal.example", "Vera Validator (order validation)", DemoAccountsSeeder.BorealisMining, AccountRoles.Validator, null, now),
        ];
        var existing = await db.Memberships.Select(m => m.Id).ToListAsync(cancellationToken);
        db.Memberships.AddRange(demo.Where(m => !existing.Contains(m.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Membership Demo(int id, int user, string email, string name, Guid accountId, string role, decimal? limit, DateTimeOffset now) => new()
    {
        Id = Guid.Parse($"d0000000-0000-4000-8000-{id:000000000000}"),
        UserId = Guid.Parse($"c0000000-0000-4000-8000-{user:000000000000}"),
        Email = email,
        DisplayName = name,
        AccountId = accountId,
        Role = role,
        ApprovalLimit = limit,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
