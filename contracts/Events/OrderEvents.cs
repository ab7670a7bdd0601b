namespace B2BPortal.Contracts.Events;

/// <summary>
/// A line to ship: <c>Quantity</c> of <c>Sku</c> from <c>Warehouse</c> (set by the portal's allocation). A line split over two
/// warehouses is two of these with the same <c>LineNumber</c>.
/// </summary>
public sealed record OrderLine(string Sku, decimal Quantity)
{
    public int LineNumber { get; init; }
    public string? Warehouse { get; init; }
    public decimal? UnitPrice { get; init; }
    public string? Note { get; init; }
}

/// <summary>Where an order goes. <c>Country</c> is ISO 3166-1 alpha-2.</summary>
public sealed record ShipToAddress(Guid Id, string Recipient, string Street, string PostalCode, string City, string Country);

/// <summary>A buyer submitted an order; the ERP adapter creates the sales order.</summary>
public sealed record OrderSubmitted : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public string? PurchaseOrderNumber { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>The user id or partner client id that placed the order.</summary>
    public string? PlacedBy { get; init; }

    /// <summary><c>api</c> or <c>cart</c>; for <c>cart</c>, <c>CartVersion</c> is the version of the placer's cart that was ordered.</summary>
    public string? Source { get; init; }
    public int? CartVersion { get; init; }
    public string? Currency { get; init; }
    public decimal? NetAmount { get; init; }
    public DateOnly? RequestedDeliveryDate { get; init; }
    public ShipToAddress? ShipTo { get; init; }
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

/// <summary>
/// An order was accepted by the portal: it is either on its way to the ERP (<see cref="OrderSubmitted"/> follows at once) or waits
/// for the company's approvals. Cart empties the cart it came from.
/// </summary>
public sealed record OrderPlaced : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }

    /// <summary>The user id or partner client id that placed the order.</summary>
    public string? PlacedBy { get; init; }

    /// <summary>
    /// <c>api</c>, <c>cart</c> or <c>quote</c>; for <c>cart</c>, <c>CartVersion</c> is the version of the placer's cart that was ordered;
    /// for <c>quote</c>, <c>QuoteId</c> and <c>QuoteRevision</c> name the accepted revision.
    /// </summary>
    public string? Source { get; init; }
    public int? CartVersion { get; init; }
    public bool AwaitsApproval { get; init; }
    public Guid? QuoteId { get; init; }
    public int? QuoteRevision { get; init; }
}

/// <summary>The buyer cancelled an order the ERP already knows (or is about to): the ERP adapter asks the ERP to cancel it.</summary>
public sealed record OrderCancellationRequested : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public required string Reason { get; init; }
}

/// <summary>
/// A change the ERP made to an order's sales order, from the ERP's feed. <c>Sequence</c> counts the sales order's changes from 1:
/// the Order service applies them in that order whatever order they arrive in, and once each.
/// </summary>
public sealed record ErpSalesOrderChanged : IntegrationEvent
{
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public required string ErpOrderNumber { get; init; }
    public required int Sequence { get; init; }
    public required string Kind { get; init; }
    public required Erp.ErpOrderChangeDetail Detail { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}

/// <summary>
/// A step in an order's life as the Order service recorded it: a state change on one of its axes (<c>Axis</c>, <c>From</c>,
/// <c>To</c>), or an event that changed no state (<c>Kind</c>: placed, backordered, delivery, erp-acknowledged, …). Published
/// for every step, in the transaction that records it; the order's three states after the step come along.
/// </summary>
public sealed record OrderStatusChanged : IntegrationEvent
{
    /// <summary>The company the order's account belongs to (the account itself when it is a company).</summary>
    public required Guid CompanyId { get; init; }
    public required Guid OrderId { get; init; }
    public required string OrderNumber { get; init; }
    public string? PurchaseOrderNumber { get; init; }
    public string? ErpOrderNumber { get; init; }
    public required string Kind { get; init; }
    public string? Axis { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public required string Detail { get; init; }
    public required string ProcessStatus { get; init; }
    public required string ValidationStatus { get; init; }
    public required string PaymentStatus { get; init; }
}
