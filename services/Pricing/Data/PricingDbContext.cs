using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Pricing.Features.ContractPrices;
using B2BPortal.Pricing.Features.ListPrices;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Pricing.Data;

public sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "pricing";

    public DbSet<ListPrice> ListPrices => Set<ListPrice>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<ListPrice>(price =>
        {
            price.HasKey(p => p.Sku);
            price.Property(p => p.Sku).HasMaxLength(LineRules.MaxSkuLength);
            price.Property(p => p.Currency).HasMaxLength(MoneyRules.CurrencyLength).IsFixedLength();
            price.Property(p => p.Amount).HasPrecision(18, 4);
            price.Property(p => p.ChangedAt).HasDefaultValueSql("now()");
        });
        ContractModel.Map(modelBuilder);
        modelBuilder.AddMessagingTables();
    }
}
