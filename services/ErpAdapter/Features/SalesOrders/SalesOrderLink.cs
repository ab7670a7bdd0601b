namespace B2BPortal.ErpAdapter.Features.SalesOrders;

/// <summary>Which ERP sales order belongs to which portal order; the key for mapping ERP changes back to the portal.</summary>
public sealed class SalesOrderLink
{
    public Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public Guid AccountId { get; init; }
    public required string ErpOrderNumber { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
