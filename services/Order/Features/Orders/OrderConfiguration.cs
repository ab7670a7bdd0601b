using B2BPortal.Contracts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Order.Features.ErpStatus;
using B2BPortal.Order.Features.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Order.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasKey(o => o.Id);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.AccountId, o.SubmittedAt });
        order.HasIndex(o => new { o.AccountId, o.PurchaseOrderNumber });
        order.HasIndex(o => new { o.CompanyId, o.ProcessStatus }).IncludeProperties(o => new { o.Currency, o.NetAmount, o.InvoicedAmount });
        order.HasIndex(o => new { o.AccountId, o.PlacedBySubject, o.IdempotencyKey }).IsUnique().HasDatabaseName(OrderConstraints.IdempotencyKeyIndex);
        order.HasIndex(o => new { o.AccountId, o.PlacedBySubject, o.CartVersion }).IsUnique().HasFilter("cart_version IS NOT NULL")
            .HasDatabaseName(OrderConstraints.CartVersionIndex);
        order.HasIndex(o => o.QuoteId).IsUnique().HasFilter("quote_id IS NOT NULL").HasDatabaseName(OrderConstraints.QuoteIndex);
        order.Property(o => o.QuoteNumber).HasMaxLength(QuoteFieldRules.MaxNumberLength);
        order.Property(o => o.Number).HasMaxLength(OrderNumbers.MaxLength);
        order.Property(o => o.PurchaseOrderNumber).HasMaxLength(OrderFieldRules.MaxPurchaseOrderLength);
        order.Property(o => o.ProcessStatus).HasMaxLength(20);
        order.Property(o => o.ValidationStatus).HasMaxLength(20);
        order.Property(o => o.PaymentStatus).HasMaxLength(20);
        order.Property(o => o.CancellationReason).HasMaxLength(OrderHistoryEntry.MaxDetailLength);
        order.Property(o => o.InvoicedAmount).HasPrecision(18, 2);
        order.Property(o => o.PaidAmount).HasPrecision(18, 2);
        order.Property(o => o.ErpOrderNumber).HasMaxLength(OrderNumbers.MaxErpLength);
        order.Property(o => o.RejectionReason).HasMaxLength(2000);
        order.Property(o => o.PlacedBySubject).HasMaxLength(AccountFieldRules.MaxSubjectLength);
        order.Property(o => o.PlacedByName).HasMaxLength(200);
        order.Property(o => o.Source).HasMaxLength(10);
        order.Property(o => o.VatId).HasMaxLength(OrderFieldRules.MaxVatIdLength);
        order.Property(o => o.Currency).HasMaxLength(MoneyRules.CurrencyLength);
        order.Property(o => o.NetAmount).HasPrecision(18, 2);
        order.Property(o => o.IdempotencyKey).HasMaxLength(IdempotencyKeyRules.MaxLength);
        order.Property(o => o.RequestHash).HasMaxLength(64);
        order.OwnsOne(o => o.ShipTo, shipTo => shipTo.ToJson());
        order.OwnsMany(o => o.Shipments, shipment => shipment.ToJson().OwnsMany(s => s.Lines));
        order.OwnsMany(o => o.Invoices, invoice => invoice.ToJson());
        order.OwnsMany(o => o.ApprovalSteps, step => step.ToJson());
        order.HasIndex(o => new { o.ProcessStatus, o.ApprovalExpiresAt }).HasFilter("approval_expires_at IS NOT NULL");
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
        order.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("order_lines");
        line.HasKey(l => new { l.OrderId, l.LineNumber });
        line.Property(l => l.Sku).HasMaxLength(LineRules.MaxSkuLength);
        line.Property(l => l.Name).HasMaxLength(300);
        line.Property(l => l.Quantity).HasPrecision(18, LineRules.QuantityDecimals);
        line.Property(l => l.Unit).HasMaxLength(10);
        line.Property(l => l.Note).HasMaxLength(LineRules.MaxNoteLength);
        line.Property(l => l.RequestedWarehouse).HasMaxLength(LineRules.MaxWarehouseLength);
        line.Property(l => l.Currency).HasMaxLength(MoneyRules.CurrencyLength);
        line.Property(l => l.UnitPrice).HasPrecision(18, 4);
        line.Property(l => l.LineAmount).HasPrecision(18, 2);
        line.Property(l => l.PriceSource).HasMaxLength(20);
        line.Property(l => l.ContractName).HasMaxLength(200);
        line.Property(l => l.TierMinQuantity).HasPrecision(18, LineRules.QuantityDecimals);
        line.Property(l => l.PriceExplanation).HasMaxLength(1000);
        line.Property(l => l.ShippedQuantity).HasPrecision(18, LineRules.QuantityDecimals);
        line.Property(l => l.BackorderedQuantity).HasPrecision(18, LineRules.QuantityDecimals);
        line.OwnsMany(l => l.Allocations, allocation => allocation.ToJson());
    }
}

internal sealed class OrderHistoryEntryConfiguration : IEntityTypeConfiguration<OrderHistoryEntry>
{
    public void Configure(EntityTypeBuilder<OrderHistoryEntry> entry)
    {
        entry.ToTable("order_history");
        entry.HasKey(e => e.Id);
        entry.HasIndex(e => new { e.OrderId, e.Id });
        entry.Property(e => e.Kind).HasMaxLength(40);
        entry.Property(e => e.Axis).HasMaxLength(20);
        entry.Property(e => e.FromState).HasMaxLength(20);
        entry.Property(e => e.ToState).HasMaxLength(20);
        entry.Property(e => e.Detail).HasMaxLength(OrderHistoryEntry.MaxDetailLength);
        entry.Property(e => e.ActorKind).HasMaxLength(10);
        entry.Property(e => e.ActorId).HasMaxLength(AccountFieldRules.MaxSubjectLength);
        entry.Property(e => e.ActorName).HasMaxLength(200);
    }
}

internal sealed class ErpChangeConfiguration : IEntityTypeConfiguration<ErpChange>
{
    public void Configure(EntityTypeBuilder<ErpChange> change)
    {
        change.ToTable("erp_changes");
        change.HasKey(c => new { c.OrderId, c.Sequence });
        change.Property(c => c.Kind).HasMaxLength(30);
        change.Property(c => c.ErpOrderNumber).HasMaxLength(OrderNumbers.MaxErpLength);
        change.Property(c => c.Detail).HasColumnType("jsonb");
        change.Property(c => c.Refusal).HasMaxLength(OrderHistoryEntry.MaxDetailLength);
    }
}

internal static class OrderConstraints
{
    public const string IdempotencyKeyIndex = "ux_orders_account_id_placed_by_subject_idempotency_key";
    public const string CartVersionIndex = "ux_orders_account_id_placed_by_subject_cart_version";

    /// <summary>A quote is ordered at most once, by anyone, under any key.</summary>
    public const string QuoteIndex = "ux_orders_quote_id";
    public const string PurchaseOrderReferenceKey = "pk_purchase_order_references";
}
