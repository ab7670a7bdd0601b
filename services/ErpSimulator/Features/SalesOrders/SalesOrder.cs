using B2BPortal.Contracts.Erp;

namespace B2BPortal.ErpSimulator.Features.SalesOrders;

public sealed class SalesOrder
{
    public const string IdempotencyKeyIndex = "ux_sales_orders_idempotency_key";

    public required string Number { get; init; }
    public required string IdempotencyKey { get; init; }
    public Guid PortalOrderId { get; init; }
    public required string PortalOrderNumber { get; init; }
    public Guid CustomerAccountId { get; init; }
    public string? CustomerPurchaseOrder { get; init; }
    public string Status { get; init; } = "Open";
    public DateTimeOffset CreatedAt { get; init; }
    public List<SalesOrderItem> Lines { get; init; } = [];

    public SalesOrderDto ToDto() => new(Number, PortalOrderId, Status, CreatedAt);
}

public sealed class SalesOrderItem
{
    public required string ItemNumber { get; init; }
    public decimal Quantity { get; init; }
    public string? Warehouse { get; init; }
    public decimal? UnitPrice { get; init; }
}
