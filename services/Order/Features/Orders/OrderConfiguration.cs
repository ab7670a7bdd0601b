using B2BPortal.Contracts.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace B2BPortal.Order.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasKey(o => o.Id);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.AccountId, o.SubmittedAt });
        order.HasIndex(o => new { o.AccountId, o.PurchaseOrderNumber });
        order.HasIndex(o => new { o.CompanyId, o.Status }).IncludeProperties(o => new { o.Currency, o.NetAmount });
        order.HasIndex(o => new { o.AccountId, o.PlacedBySubject, o.IdempotencyKey }).IsUnique().HasDatabaseName(OrderConstraints.IdempotencyKeyIndex);
        order.HasIndex(o => new { o.AccountId, o.PlacedBySubject, o.CartVersion }).IsUnique().HasFilter("cart_version IS NOT NULL")
            .HasDatabaseName(OrderConstraints.CartVersionIndex);
        order.Property(o => o.Number).HasMaxLength(20);
        order.Property(o => o.PurchaseOrderNumber).HasMaxLength(OrderFieldRules.MaxPurchaseOrderLength);
        order.Property(o => o.Status).HasMaxLength(20);
        order.Property(o => o.ErpOrderNumber).HasMaxLength(40);
        order.Property(o => o.RejectionReason).HasMaxLength(2000);
        order.Property(o => o.PlacedBySubject).HasMaxLength(200);
        order.Property(o => o.PlacedByName).HasMaxLength(200);
        order.Property(o => o.Source).HasMaxLength(10);
        order.Property(o => o.VatId).HasMaxLength(OrderFieldRules.MaxVatIdLength);
        order.Property(o => o.Currency).HasMaxLength(3);
        order.Property(o => o.NetAmount).HasPrecision(18, 2);
        order.Property(o => o.IdempotencyKey).HasMaxLength(OrderFieldRules.MaxIdempotencyKeyLength);
        order.Property(o => o.RequestHash).HasMaxLength(64);
        order.OwnsOne(o => o.ShipTo, shipTo => shipTo.ToJson());
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
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
        line.Property(l => l.Currency).HasMaxLength(3);
        line.Property(l => l.UnitPrice).HasPrecision(18, 4);
        line.Property(l => l.LineAmount).HasPrecision(18, 2);
        line.Property(l => l.PriceSource).HasMaxLength(20);
        line.Property(l => l.ContractName).HasMaxLength(200);
        line.Property(l => l.TierMinQuantity).HasPrecision(18, LineRules.QuantityDecimals);
        line.Property(l => l.PriceExplanation).HasMaxLength(1000);
        line.OwnsMany(l => l.Allocations, allocation => allocation.ToJson());
    }
}

internal static class OrderConstraints
{
    public const string IdempotencyKeyIndex = "ux_orders_account_id_placed_by_subject_idempotency_key";
    public const string CartVersionIndex = "ux_orders_account_id_placed_by_subject_cart_version";
    public const string PurchaseOrderReferenceKey = "pk_purchase_order_references";
}
