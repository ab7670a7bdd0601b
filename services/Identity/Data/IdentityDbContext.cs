using B2BPortal.Identity.Features.Keys;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Data;

/// <summary>Users (ASP.NET Core Identity), OpenIddict's clients, authorizations and tokens, and the server's keys.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public const string Schema = "identity";

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.UseOpenIddict();
        foreach (var openIddictEntity in builder.Model.GetEntityTypes().Where(entity => entity.GetTableName()!.StartsWith("OpenIddict")))
        {
            // OpenIddict names its tables explicitly ("OpenIddictTokens"); keep the schema's snake_case.
            openIddictEntity.SetTableName(openIddictEntity.GetTableName()!.Replace("OpenIddict", "openiddict_").ToLowerInvariant());
        }

        builder.Entity<ServerKey>().HasKey(key => key.Purpose);
    }
}
