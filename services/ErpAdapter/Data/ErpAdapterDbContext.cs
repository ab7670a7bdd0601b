using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using B2BPortal.ErpAdapter.Features.Feeds;
using B2BPortal.ErpAdapter.Features.SalesOrders;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.ErpAdapter.Data;

public sealed class ErpAdapterDbContext(DbContextOptions<ErpAdapterDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "erp_adapter";

    public DbSet<SalesOrderLink> SalesOrderLinks => Set<SalesOrderLink>();
    public DbSet<FeedCursor> FeedCursors => Set<FeedCursor>();
    public DbSet<ErpCommand> ErpCommands => Set<ErpCommand>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<SalesOrderLink>(link =>
        {
            link.HasKey(l => l.OrderId);
            link.HasIndex(l => l.ErpOrderNumber).IsUnique();
            link.Property(l => l.OrderNumber).HasMaxLength(OrderNumbers.MaxLength);
            link.Property(l => l.ErpOrderNumber).HasMaxLength(OrderNumbers.MaxErpLength);
        });
        modelBuilder.Entity<FeedCursor>(cursor =>
        {
            cursor.HasKey(c => c.Feed);
            cursor.Property(c => c.Feed).HasMaxLength(40);
            cursor.Property(c => c.Version).IsRowVersion();
        });
        modelBuilder.Entity<ErpCommand>(command =>
        {
            command.HasKey(c => c.Id);
            command.HasIndex(c => new { c.NextAttemptAt, c.Id }).HasFilter("completed_at IS NULL").HasDatabaseName("ix_erp_commands_due");
            command.HasIndex(c => new { c.Subject, c.Id }).HasFilter("completed_at IS NULL").HasDatabaseName("ix_erp_commands_subject_pending");
            command.HasIndex(c => c.CompletedAt);
            command.Property(c => c.Kind).HasMaxLength(40);
            command.Property(c => c.Subject).HasMaxLength(60);
            command.Property(c => c.Payload).HasColumnType("jsonb");
            command.Property(c => c.TraceParent).HasMaxLength(55);
            command.Property(c => c.TraceState).HasMaxLength(ErpCommand.MaxTextLength);
            command.Property(c => c.LastError).HasMaxLength(ErpCommand.MaxTextLength);
            command.Property(c => c.Outcome).HasMaxLength(ErpCommand.MaxTextLength);
        });
        modelBuilder.AddMessagingTables();
    }
}
