using B2BPortal.Contracts.Erp;

namespace B2BPortal.ErpSimulator.Features.SalesOrders;

/// <summary>
/// A sales order in the simulated ERP, and how far it has been carried out. Every step appends a change to the sales-order feed
/// with the order's next <see cref="LastSequence"/>; a scripted scenario (<see cref="Scenario"/>) takes the next step at
/// <see cref="NextStepAt"/>.
/// </summary>
public sealed class SalesOrder
{
    public const string IdempotencyKeyIndex = "ux_sales_orders_idempotency_key";

    public required string Number { get; init; }
    public required string IdempotencyKey { get; init; }
    public Guid PortalOrderId { get; init; }
    public required string PortalOrderNumber { get; init; }
    public Guid CustomerAccountId { get; init; }
    public string? CustomerPurchaseOrder { get; init; }
    public string Status { get; set; } = SalesOrderStatuses.Open;
    public DateTimeOffset CreatedAt { get; init; }
    public string? Currency { get; init; }
    public decimal? NetAmount { get; init; }
    public List<SalesOrderItem> Lines { get; init; } = [];
    public List<SalesOrderShipment> Shipments { get; init; } = [];
    public int LastSequence { get; set; }
    public string? InvoiceNumber { get; set; }
    public decimal InvoicedAmount { get; set; }
    public decimal PaidAmount { get; set; }
    public bool Overdue { get; set; }

    public required string Scenario { get; init; }
    public int ScriptStep { get; set; }
    public DateTimeOffset? NextStepAt { get; set; }

    public SalesOrderDto ToDto() => new(Number, PortalOrderId, Status, CreatedAt);

    /// <summary>Quantity not yet shipped of each portal line.</summary>
    public Dictionary<int, decimal> Unshipped() => Lines.GroupBy(l => l.LineNumber).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity - l.ShippedQuantity));

    /// <summary>The amount to invoice: the portal's net amount, or the lines at their prices.</summary>
    public decimal InvoiceAmount() => NetAmount ?? Math.Round(Lines.Sum(l => l.Quantity * (l.UnitPrice ?? 0)), 2);
}

public sealed class SalesOrderItem
{
    public required string ItemNumber { get; init; }
    public int LineNumber { get; init; }
    public decimal Quantity { get; init; }
    public string? Warehouse { get; init; }
    public decimal? UnitPrice { get; init; }
    public decimal ShippedQuantity { get; set; }
}

public sealed class SalesOrderShipment
{
    public required string Number { get; init; }
    public bool Delivered { get; set; }
}

public static class SalesOrderStatuses
{
    public const string Open = "Open";
    public const string Confirmed = "Confirmed";
    public const string Allocated = "Allocated";
    public const string PartiallyShipped = "PartiallyShipped";
    public const string Shipped = "Shipped";
    public const string Delivered = "Delivered";
    public const string Cancelled = "Cancelled";

    public static bool CanShip(string status) => status is Confirmed or Allocated or PartiallyShipped;

    public static bool CanCancel(string status) => status is Open or Confirmed or Allocated;
}
