using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// A purchase-order reference taken by an order of an account whose company uses each reference once. Its key makes the
/// database refuse a second order with the reference, also when two arrive at the same moment.
/// </summary>
public sealed class PurchaseOrderReference
{
    public Guid AccountId { get; init; }
    public required string Number { get; init; }
    public required string OrderNumber { get; init; }
    public DateTimeOffset UsedAt { get; init; }
}

internal sealed class PurchaseOrderReferenceConfiguration : IEntityTypeConfiguration<PurchaseOrderReference>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderReference> reference)
    {
        reference.ToTable("purchase_order_references");
        reference.HasKey(r => new { r.AccountId, r.Number }).HasName(OrderConstraints.PurchaseOrderReferenceKey);
        reference.Property(r => r.Number).HasMaxLength(OrderFieldRules.MaxPurchaseOrderLength);
        reference.Property(r => r.OrderNumber).HasMaxLength(OrderNumbers.MaxLength);
    }
}
