using B2BPortal.ErpSimulator.Features.Credit;
using B2BPortal.ErpSimulator.Features.Feeds;
using B2BPortal.ErpSimulator.Features.SalesOrders;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.ErpSimulator.Data;

public sealed class ErpDbContext(DbContextOptions<ErpDbContext> options) : DbContext(options)
{
    public const string Schema = "erp";

    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<Features.Lifecycle.SalesOrderChange> SalesOrderChanges => Set<Features.Lifecycle.SalesOrderChange>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<PriceChange> PriceChanges => Set<PriceChange>();
    public DbSet<ContractPriceChange> ContractPriceChanges => Set<ContractPriceChange>();
    public DbSet<CustomerCredit> CustomerCredits => Set<CustomerCredit>();
    public DbSet<CreditChange> CreditChanges => Set<CreditChange>();
    public DbSet<AppliedRequest> AppliedRequests => Set<AppliedRequest>();

    public async Task<long> NextSalesOrderNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('erp.sales_order_numbers') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>("sales_order_numbers").StartsAt(500001);
        modelBuilder.Entity<SalesOrder>(order =>
        {
            order.HasKey(o => o.Number);
            order.Property(o => o.Number).HasMaxLength(OrderNumbers.MaxErpLength);
            order.HasIndex(o => o.IdempotencyKey).IsUnique().HasDatabaseName(SalesOrder.IdempotencyKeyIndex);
            order.Property(o => o.IdempotencyKey).HasMaxLength(100);
            order.Property(o => o.PortalOrderNumber).HasMaxLength(OrderNumbers.MaxLength);
            order.Property(o => o.CustomerPurchaseOrder).HasMaxLength(35);
            order.Property(o => o.Status).HasMaxLength(20);
            order.Property(o => o.Currency).HasMaxLength(MoneyRules.CurrencyLength);
            order.Property(o => o.NetAmount).HasPrecision(18, 2);
            order.Property(o => o.InvoiceNumber).HasMaxLength(40);
            order.Property(o => o.InvoicedAmount).HasPrecision(18, 2);
            order.Property(o => o.PaidAmount).HasPrecision(18, 2);
            order.Property(o => o.Scenario).HasMaxLength(20);
            order.HasIndex(o => o.NextStepAt).HasFilter("next_step_at IS NOT NULL");
            order.HasIndex(o => o.PortalOrderId);
            order.OwnsMany(o => o.Lines, lines => lines.ToJson());
            order.OwnsMany(o => o.Shipments, shipments => shipments.ToJson());
        });
        modelBuilder.Entity<Features.Lifecycle.SalesOrderChange>(change =>
        {
            change.HasKey(c => c.Sequence);
            change.Property(c => c.SalesOrderNumber).HasMaxLength(OrderNumbers.MaxErpLength);
            change.Property(c => c.PortalOrderNumber).HasMaxLength(OrderNumbers.MaxLength);
            change.Property(c => c.Kind).HasMaxLength(30);
            change.Property(c => c.Detail).HasColumnType("jsonb");
        });
        modelBuilder.Entity<StockMovement>(movement =>
        {
            movement.HasKey(m => m.Sequence);
            movement.Property(m => m.ItemNumber).HasMaxLength(LineRules.MaxSkuLength);
            movement.Property(m => m.Warehouse).HasMaxLength(10);
        });
        modelBuilder.Entity<PriceChange>(change =>
        {
            change.HasKey(c => c.Sequence);
            change.Property(c => c.ItemNumber).HasMaxLength(LineRules.MaxSkuLength);
            change.Property(c => c.Currency).HasMaxLength(MoneyRules.CurrencyLength);
        });
        modelBuilder.Entity<ContractPriceChange>(change =>
        {
            change.HasKey(c => c.Sequence);
            change.Property(c => c.ItemNumber).HasMaxLength(LineRules.MaxSkuLength);
            change.OwnsMany(c => c.Breaks, breaks => breaks.ToJson());
        });
        modelBuilder.Entity<CustomerCredit>(credit =>
        {
            credit.HasKey(c => c.CustomerAccountId);
            credit.Property(c => c.CreditLimit).HasPrecision(18, 2);
            credit.Property(c => c.OpenBalance).HasPrecision(18, 2);
            credit.Property(c => c.Currency).HasMaxLength(MoneyRules.CurrencyLength);
            credit.Property(c => c.HoldReason).HasMaxLength(500);
            credit.Property(c => c.PaymentTerms).HasMaxLength(100);
            credit.Property(c => c.CreditContact).HasMaxLength(200);
        });
        modelBuilder.Entity<CreditChange>(change =>
        {
            change.HasKey(c => c.Sequence);
            change.Property(c => c.CreditLimit).HasPrecision(18, 2);
            change.Property(c => c.OpenBalance).HasPrecision(18, 2);
            change.Property(c => c.Currency).HasMaxLength(MoneyRules.CurrencyLength);
            change.Property(c => c.HoldReason).HasMaxLength(500);
            change.Property(c => c.PaymentTerms).HasMaxLength(100);
            change.Property(c => c.CreditContact).HasMaxLength(200);
        });
        modelBuilder.Entity<AppliedRequest>(request =>
        {
            request.HasKey(r => r.IdempotencyKey);
            request.Property(r => r.IdempotencyKey).HasMaxLength(100);
        });
    }
}
