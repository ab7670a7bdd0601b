using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Cart.Features.Carts;
using B2BPortal.Cart.Features.Imports;
using B2BPortal.Contracts.Orders;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Cart.Data;

public sealed class CartDbContext(DbContextOptions<CartDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "cart";

    public DbSet<Features.Carts.Cart> Carts => Set<Features.Carts.Cart>();
    public DbSet<CartImport> CartImports => Set<CartImport>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Features.Carts.Cart>(cart =>
        {
            cart.HasKey(c => new { c.AccountId, c.Owner });
            cart.Property(c => c.Owner).HasMaxLength(AccountFieldRules.MaxSubjectLength);
            cart.HasMany(c => c.Lines).WithOne().HasForeignKey(l => new { l.AccountId, l.Owner });
        });
        modelBuilder.Entity<CartLine>(line =>
        {
            line.ToTable("cart_lines");
            line.HasKey(l => new { l.AccountId, l.Owner, l.Sku });
            line.Property(l => l.Owner).HasMaxLength(AccountFieldRules.MaxSubjectLength);
            line.Property(l => l.Sku).HasMaxLength(LineRules.MaxSkuLength);
            line.Property(l => l.Quantity).HasPrecision(18, LineRules.QuantityDecimals);
            line.Property(l => l.Note).HasMaxLength(LineRules.MaxNoteLength);
            line.Property(l => l.Warehouse).HasMaxLength(LineRules.MaxWarehouseLength);
        });
        modelBuilder.Entity<CartImport>(import =>
        {
            import.ToTable("cart_imports");
            import.HasKey(i => i.Id);
            import.Property(i => i.Owner).HasMaxLength(AccountFieldRules.MaxSubjectLength);
            import.Property(i => i.Source).HasMaxLength(20);
            import.HasIndex(i => new { i.AccountId, i.Owner, i.CreatedAt });
            import.OwnsMany(i => i.Rows, rows => rows.ToJson());
        });
        modelBuilder.AddMessagingTables();
    }
}
