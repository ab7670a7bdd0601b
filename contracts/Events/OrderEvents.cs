namespace B2BPortal.Contracts.Events;

public sealed record OrderLine(string Sku, decimal Quantity);

/// <summary>A buyer submitted an order; the ERP adapter creates the sales order.</summary>
public sealed record OrderSubmitted : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public string? PurchaseOrderNumber { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
}

/// <summary>The ERP accepted the sales order and gave it its own number.</summary>
public sealed record ErpOrderAcknowledged : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public required string ErpOrderNumber { get; init; }
    public required DateTimeOffset AcknowledgedAt { get; init; }
}

/// <summary>The ERP refused the sales order for a business reason (retries will not help).</summary>
public sealed record ErpOrderRejected : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public required string Reason { get; init; }
}
