using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Identity.Features.Audit;
using B2BPortal.Identity.Features.Keys;
using B2BPortal.Identity.Features.Mail;
using B2BPortal.Identity.Features.TwoFactor;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Data;

/// <summary>
/// Users (ASP.NET Core Identity), OpenIddict's clients, authorizations and tokens, the server's keys, the two-factor
/// requirements the Account service publishes, which accounts each user belongs to, mail waiting to be sent, the audit trail,
/// and the messaging inbox and outbox.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : IdentityDbContext<PortalUser>(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "identity";

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    public DbSet<SecurityRequirement> SecurityRequirements => Set<SecurityRequirement>();

    public DbSet<OutgoingMail> OutgoingMail => Set<OutgoingMail>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

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
        builder.Entity<SecurityRequirement>().HasKey(requirement => requirement.UserId);
        builder.Entity<OutgoingMail>(mail =>
        {
            mail.ToTable("outgoing_mail");
            mail.Property(m => m.To).HasMaxLength(256);
            mail.Property(m => m.Subject).HasMaxLength(300);
            mail.HasIndex(m => m.CreatedAt);
        });
        builder.Entity<UserAccount>(account =>
        {
            account.ToTable("user_accounts");
            account.HasKey(a => new { a.UserId, a.AccountId });
        });
        builder.AddMessagingTables();
        builder.AddAuditTable();
    }
}
