using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Entitlement.Features.Assortments;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Entitlement.Data;

public sealed class EntitlementDbContext(DbContextOptions<EntitlementDbContext> options) : DbContext(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "entitlement";

    public DbSet<AssortmentRule> AssortmentRules => Set<AssortmentRule>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AssortmentRule>(rule =>
        {
            rule.HasKey(r => r.Id);
            rule.HasIndex(r => new { r.AccountId, r.Kind, r.Value }).IsUnique();
            rule.Property(r => r.Kind).HasMaxLength(20);
            rule.Property(r => r.Value).HasMaxLength(200);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
