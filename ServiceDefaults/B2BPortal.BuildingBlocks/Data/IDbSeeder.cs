using Microsoft.EntityFrameworkCore;

namespace B2BPortal.BuildingBlocks.Data;

/// <summary>Seeds reference or demo data after migrations. Must be idempotent: it runs at every start.</summary>
public interface IDbSeeder<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, CancellationToken cancellationToken);
}
