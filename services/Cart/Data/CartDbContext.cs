using B2BPortal.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Data;

public sealed class CartDbContext(DbContextOptions<CartDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "cart";

    public DbSet<Features.Carts.Cart> Carts => Set<Features.Carts.Cart>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Features.Carts.Cart>(cart =>
        {
            cart.HasKey(c => c.AccountId);
            cart.OwnsMany(c => c.Lines, line =>
            {
                line.ToTable("cart_lines");
                line.WithOwner().HasForeignKey("AccountId");
                line.HasKey("AccountId", nameof(Features.Carts.CartLine.Sku));
                line.Property(l => l.Sku).HasMaxLength(64);
                line.Property(l => l.Quantity).HasPrecision(18, 3);
            });
        });
        modelBuilder.AddMessagingTables();
    }
}
