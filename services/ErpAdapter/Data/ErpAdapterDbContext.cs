using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.ErpAdapter.Features.SalesOrders;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpAdapter.Data;

public sealed class ErpAdapterDbContext(DbContextOptions<ErpAdapterDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "erp_adapter";

    public DbSet<SalesOrderLink> SalesOrderLinks => Set<SalesOrderLink>();
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
        modelBuilder.AddMessagingTables();
    }
}
