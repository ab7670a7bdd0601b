using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Order.Features.Credit;
using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Money;

namespace B2BPortal.Order.Data;

public sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "ordering";

    public DbSet<Features.Orders.Order> Orders => Set<Features.Orders.Order>();
    public DbSet<Features.ErpStatus.ErpChange> ErpChanges => Set<Features.ErpStatus.ErpChange>();
    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();
    public DbSet<Features.Orders.PurchaseOrderReference> PurchaseOrderReferences => Set<Features.Orders.PurchaseOrderReference>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Next value of the sequence behind human-readable order numbers.</summary>
    public async Task<long> NextOrderNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('ordering.order_numbers') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>("order_numbers").StartsAt(100001);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrderingDbContext).Assembly);
        modelBuilder.Entity<CreditAccount>(credit =>
        {
            credit.HasKey(c => c.CompanyId);
            credit.Property(c => c.CreditLimit).HasPrecision(18, 2);
            credit.Property(c => c.OpenReceivables).HasPrecision(18, 2);
            credit.Property(c => c.NotYetInvoiced).HasPrecision(18, 2);
            credit.Property(c => c.Currency).HasMaxLength(MoneyRules.CurrencyLength);
            credit.Property(c => c.HoldReason).HasMaxLength(500);
            credit.Property(c => c.CreditContact).HasMaxLength(200);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
