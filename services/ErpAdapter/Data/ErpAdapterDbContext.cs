using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.ErpAdapter.Features.Feeds;
using B2BPortal.ErpAdapter.Features.SalesOrders;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpAdapter.Data;

public sealed class ErpAdapterDbContext(DbContextOptions<ErpAdapterDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "erp_adapter";

    public DbSet<SalesOrderLink> SalesOrderLinks => Set<SalesOrderLink>();
    public DbSet<FeedCursor> FeedCursors => Set<FeedCursor>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<SalesOrderLink>(link =>
        {
            link.HasKey(l => l.OrderId);
            link.HasIndex(l => l.ErpOrderNumber).IsUnique();
            link.Property(l => l.OrderNumber).HasMaxLength(20);
            link.Property(l => l.ErpOrderNumber).HasMaxLength(40);
        });
        modelBuilder.Entity<FeedCursor>(cursor =>
        {
            cursor.HasKey(c => c.Feed);
            cursor.Property(c => c.Feed).HasMaxLength(40);
            cursor.Property(c => c.Version).IsRowVersion();
        });
        modelBuilder.AddMessagingTables();
    }
}
