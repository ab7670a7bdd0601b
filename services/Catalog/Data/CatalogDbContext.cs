using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Catalog.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "catalog";

    public DbSet<Product> Products => Set<Product>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Product>(product =>
        {
            product.HasKey(p => p.Sku);
            product.Property(p => p.Sku).HasMaxLength(64);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Description).HasMaxLength(4000);
            product.Property(p => p.UnitOfMeasure).HasMaxLength(10);
        });
        modelBuilder.AddMessagingTables();
    }
}
