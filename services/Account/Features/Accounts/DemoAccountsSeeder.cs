using B2BPortal.Account.Data;
using B2BPortal.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Accounts;

/// <summary>The demo companies listed in the README, three levels deep. Ids are fixed so scripts and docs can name them.</summary>
public sealed class DemoAccountsSeeder : IDbSeeder<AccountDbContext>
{
    public static readonly Guid AcmeIndustrial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    public static readonly Guid AcmePlantNorth = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    public static readonly Guid AcmePlantSouth = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    public static readonly Guid AcmeNorthAssembly = Guid.Parse("a0000000-0000-4000-8000-000000000004");
    public static readonly Guid BorealisMining = Guid.Parse("b0000000-0000-4000-8000-000000000001");
    public static readonly Guid BorealisKirunaSite = Guid.Parse("b0000000-0000-4000-8000-000000000002");

    public async Task SeedAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        Account[] demo =
        [
            new() { Id = AcmeIndustrial, Name = "Acme Industrial", CreditLimit = 250_000m, PaymentTerms = "Net 30", CreditTermsUpdatedAt = now, CreatedAt = now },
            new() { Id = AcmePlantNorth, Name = "Acme Plant North", ParentId = AcmeIndustrial, CreatedAt = now },
            new() { Id = AcmePlantSouth, Name = "Acme Plant South", ParentId = AcmeIndustrial, CreatedAt = now },
            new() { Id = AcmeNorthAssembly, Name = "Acme North Assembly Line", ParentId = AcmePlantNorth, CreatedAt = now },
            new() { Id = BorealisMining, Name = "Borealis Mining", CreditLimit = 100_000m, PaymentTerms = "Net 45", CreditTermsUpdatedAt = now, CreatedAt = now },
            new() { Id = BorealisKirunaSite, Name = "Borealis Kiruna Site", ParentId = BorealisMining, CreatedAt = now },
        ];
        var existing = await db.Accounts.Select(a => a.Id).ToListAsync(cancellationToken);
        db.Accounts.AddRange(demo.Where(a => !existing.Contains(a.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
