using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Webhooks.Features.Deliveries;
using B2BPortal.Webhooks.Features.Endpoints;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Webhooks.Data;

/// <summary>Endpoints and their secrets, the messages taken in from events, their deliveries and every attempt, the audit trail.</summary>
public sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options) : DbContext(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "webhooks";

    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();
    public DbSet<EndpointSecret> Secrets => Set<EndpointSecret>();
    public DbSet<WebhookMessage> Messages => Set<WebhookMessage>();
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();
    public DbSet<DeliveryAttempt> Attempts => Set<DeliveryAttempt>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<WebhookEndpoint>(endpoint =>
        {
            endpoint.ToTable("endpoints");
            endpoint.Property(e => e.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength);
            endpoint.Property(e => e.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
            endpoint.Property(e => e.Status).HasMaxLength(16);
            endpoint.Property(e => e.DisabledReason).HasMaxLength(500);
            endpoint.Property(e => e.CreatedBy).HasMaxLength(AuditRecord.MaxTextLength);
            endpoint.Property(e => e.NotifyEmail).HasMaxLength(AuditRecord.MaxTextLength);
            endpoint.HasMany(e => e.Secrets).WithOne().HasForeignKey(s => s.EndpointId).OnDelete(DeleteBehavior.Cascade);
            endpoint.HasIndex(e => e.AccountId);
        });
        modelBuilder.Entity<EndpointSecret>(secret =>
        {
            secret.ToTable("endpoint_secrets");
            secret.Property(s => s.Secret).HasMaxLength(100);
        });
        modelBuilder.Entity<WebhookMessage>(message =>
        {
            message.ToTable("messages");
            message.Property(m => m.Id).HasMaxLength(40);
            message.Property(m => m.EventType).HasMaxLength(64);
            // Text, not jsonb: the body is signed and sent byte for byte as it was made.
            message.Property(m => m.Payload).HasColumnType("text");
            message.HasIndex(m => m.CreatedAt);
        });
        modelBuilder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.Property(d => d.MessageId).HasMaxLength(40);
            delivery.Property(d => d.EventType).HasMaxLength(64);
            delivery.Property(d => d.Status).HasMaxLength(16);
            delivery.HasOne<WebhookMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasMany(d => d.Log).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasIndex(d => new { d.MessageId, d.EndpointId }).IsUnique();
            delivery.HasIndex(d => new { d.EndpointId, d.CreatedAt });
            delivery.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_deliveries_due");
        });
        modelBuilder.Entity<DeliveryAttempt>(attempt =>
        {
            attempt.ToTable("delivery_attempts");
            attempt.Property(a => a.Response).HasMaxLength(DeliveryAttempt.MaxResponseLength);
            attempt.Property(a => a.Error).HasMaxLength(500);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
