using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Account.Features.Members;
using B2BPortal.Account.Features.Ordering;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Data;

public sealed class AccountDbContext(DbContextOptions<AccountDbContext> options) : DbContext(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "account";

    public DbSet<Features.Accounts.Account> Accounts => Set<Features.Accounts.Account>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<ShipToAddress> ShipToAddresses => Set<ShipToAddress>();
    public DbSet<Features.Approvals.ApprovalPolicy> ApprovalPolicies => Set<Features.Approvals.ApprovalPolicy>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Features.Accounts.Account>(account =>
        {
            account.HasKey(a => a.Id);
            account.Property(a => a.Name).HasMaxLength(200);
            account.Property(a => a.Currency).HasMaxLength(MoneyRules.CurrencyLength);
            account.Property(a => a.PaymentTerms).HasMaxLength(AccountFieldRules.MaxPaymentTermsLength);
            account.Property(a => a.CreditLimit).HasPrecision(MoneyRules.AmountPrecision, MoneyRules.AmountDecimals);
            account.Property(a => a.PurchaseOrderPattern).HasMaxLength(OrderingSettingsRules.MaxPatternLength);
            account.Property(a => a.PurchaseOrderHint).HasMaxLength(OrderingSettingsRules.MaxHintLength);
            account.HasOne<Features.Accounts.Account>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
            account.HasIndex(a => a.ParentId);
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.HasKey(m => m.Id);
            membership.Property(m => m.Email).HasMaxLength(AccountFieldRules.MaxEmailLength);
            membership.Property(m => m.DisplayName).HasMaxLength(AccountFieldRules.MaxDisplayNameLength);
            membership.Property(m => m.Role).HasMaxLength(32);
            membership.Property(m => m.Status).HasMaxLength(16);
            membership.Property(m => m.ApprovalLimit).HasPrecision(MoneyRules.AmountPrecision, MoneyRules.AmountDecimals);
            membership.HasOne<Features.Accounts.Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Restrict);
            membership.HasIndex(m => new { m.UserId, m.AccountId, m.Role }).IsUnique();
            membership.HasIndex(m => m.Email);
            membership.HasIndex(m => m.AccountId);
        });
        modelBuilder.Entity<ShipToAddress>(address =>
        {
            address.HasKey(a => a.Id);
            address.Property(a => a.Label).HasMaxLength(100);
            address.Property(a => a.Recipient).HasMaxLength(200);
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(20);
            address.Property(a => a.City).HasMaxLength(100);
            address.Property(a => a.Country).HasMaxLength(2);
            address.HasOne<Features.Accounts.Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
            address.HasIndex(a => a.AccountId);
        });
        modelBuilder.Entity<Features.Approvals.ApprovalPolicy>(policy =>
        {
            policy.HasKey(p => p.AccountId);
            policy.Property(p => p.Rules).HasColumnType("jsonb");
            policy.Property(p => p.UpdatedBy).HasMaxLength(200);
            policy.HasOne<Features.Accounts.Account>().WithOne().HasForeignKey<Features.Approvals.ApprovalPolicy>(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
