using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Catalog.Features.Products;
using B2BPortal.Catalog.Features.Stock;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "catalog";

    public DbSet<Product> Products => Set<Product>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<ServicePart> ServiceParts => Set<ServicePart>();
    public DbSet<Compatibility> Compatibilities => Set<Compatibility>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Product>(product =>
        {
            product.HasKey(p => p.Sku);
            product.Property(p => p.Sku).HasMaxLength(LineRules.MaxSkuLength);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Description).HasMaxLength(4000);
            product.Property(p => p.CategoryCode).HasMaxLength(64);
            product.Property(p => p.CategoryPath).HasMaxLength(200);
            product.Property(p => p.UnitOfMeasure).HasMaxLength(10);
            product.Property(p => p.Lifecycle).HasMaxLength(20);
            product.Property(p => p.SuccessorSku).HasMaxLength(LineRules.MaxSkuLength);
            product.Property(p => p.EquipmentModel).HasMaxLength(64);
            product.Property(p => p.Attributes).HasColumnType("jsonb");
            product.Property(p => p.Media).HasColumnType("jsonb");
            product.HasIndex(p => new { p.CategoryCode, p.Sku });
            product.HasIndex(p => p.EquipmentModel).IsUnique();
            product.HasIndex(p => p.Sku, "ix_products_sku_prefix").HasOperators("text_pattern_ops");
            product.HasIndex(p => p.EquipmentModel, "ix_products_equipment_model_prefix").HasOperators("text_pattern_ops");
            product.HasIndex(p => p.Attributes).HasMethod("gin").HasOperators("jsonb_path_ops");
            product.HasGeneratedTsVectorColumn(p => p.SearchVector, "simple", p => new { p.Sku, p.Name, p.Description, p.EquipmentModel })
                .HasIndex(p => p.SearchVector).HasMethod("gin");
        });
        modelBuilder.Entity<Category>(category =>
        {
            category.HasKey(c => c.Code);
            category.Property(c => c.Code).HasMaxLength(64);
            category.Property(c => c.Name).HasMaxLength(200);
            category.Property(c => c.Path).HasMaxLength(200);
        });
        modelBuilder.Entity<ServicePart>(part =>
        {
            part.HasKey(p => new { p.EquipmentModel, p.Position });
            part.HasIndex(p => p.PartSku);
        });
        modelBuilder.Entity<Compatibility>(fit =>
        {
            fit.HasKey(f => new { f.Sku, f.EquipmentModel });
            fit.HasIndex(f => f.EquipmentModel);
        });
        modelBuilder.Entity<StockLevel>(stock => stock.HasKey(s => new { s.Sku, s.Warehouse }));
        modelBuilder.Entity<Warehouse>(warehouse => warehouse.HasKey(w => w.Code));
        modelBuilder.AddMessagingTables();
    }
}
