using B2BPortal.Contracts.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace B2BPortal.Order.Features.Orders;

public sealed class Order
{
    public Guid Id { get; init; }
    public required string Number { get; init; }
    public Guid AccountId { get; init; }
    public string? PurchaseOrderNumber { get; init; }
    public string Status { get; private set; } = OrderStatuses.Submitted;
    public string? ErpOrderNumber { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? IdempotencyKey { get; init; }
    public string? RequestHash { get; init; }
    public List<OrderLine> Lines { get; init; } = [];

    public void Acknowledge(string erpOrderNumber, DateTimeOffset acknowledgedAt)
    {
        ErpOrderNumber = erpOrderNumber;
        AcknowledgedAt = acknowledgedAt;
        Status = OrderStatuses.Acknowledged;
    }

    public void Reject(string reason)
    {
        RejectionReason = reason;
        Status = OrderStatuses.Rejected;
    }

    public OrderDto ToDto() => new(
        Id, Number, AccountId, PurchaseOrderNumber, Status, ErpOrderNumber, SubmittedAt, AcknowledgedAt,
        Lines.Select(line => new OrderLineDto(line.Sku, line.Quantity)).ToList());
}

public sealed class OrderLine
{
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public decimal Quantity { get; init; }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasKey(o => o.Id);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.AccountId, o.SubmittedAt });
        order.HasIndex(o => new { o.AccountId, o.IdempotencyKey }).IsUnique().HasDatabaseName(OrderConstraints.IdempotencyKeyIndex);
        order.Property(o => o.Number).HasMaxLength(20);
        order.Property(o => o.PurchaseOrderNumber).HasMaxLength(PlaceOrderValidation.MaxPurchaseOrderLength);
        order.Property(o => o.Status).HasMaxLength(20);
        order.Property(o => o.ErpOrderNumber).HasMaxLength(40);
        order.Property(o => o.RejectionReason).HasMaxLength(500);
        order.Property(o => o.IdempotencyKey).HasMaxLength(PlaceOrderValidation.MaxIdempotencyKeyLength);
        order.Property(o => o.RequestHash).HasMaxLength(64);
        order.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("order_lines");
            line.WithOwner().HasForeignKey("OrderId");
            line.HasKey("OrderId", nameof(OrderLine.LineNumber));
            line.Property(l => l.Sku).HasMaxLength(PlaceOrderValidation.MaxSkuLength);
            line.Property(l => l.Quantity).HasPrecision(18, 3);
        });
    }
}

internal static class OrderConstraints
{
    public const string IdempotencyKeyIndex = "ux_orders_account_id_idempotency_key";
}
