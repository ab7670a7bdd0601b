using B2BPortal.Account.Data;
using B2BPortal.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Accounts;

/// <summary>The demo companies listed in the README. Ids are fixed so scripts and docs can name them.</summary>
public sealed class DemoAccountsSeeder : IDbSeeder<AccountDbContext>
{
    public static readonly Guid AcmeIndustrial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    public static readonly Guid AcmePlantNorth = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    public static readonly Guid AcmePlantSouth = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    public static readonly Guid BorealisMining = Guid.Parse("b0000000-0000-4000-8000-000000000001");

    public async Task SeedAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        Account[] demo =
        [
            new() { Id = AcmeIndustrial, Name = "Acme Industrial" },
            new() { Id = AcmePlantNorth, Name = "Acme Plant North", ParentId = AcmeIndustrial },
            new() { Id = AcmePlantSouth, Name = "Acme Plant South", ParentId = AcmeIndustrial },
            new() { Id = BorealisMining, Name = "Borealis Mining" },
        ];
        var existing = await db.Accounts.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var account in demo.Where(a => !existing.Contains(a.Id)))
        {
            db.Accounts.Add(new Account { Id = account.Id, Name = account.Name, ParentId = account.ParentId, CreatedAt = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
