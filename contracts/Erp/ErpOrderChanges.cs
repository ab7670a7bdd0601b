using Refit;

namespace B2BPortal.Contracts.Erp;

/// <summary>What the ERP did to a sales order, in the words of its change feed.</summary>
public static class ErpChangeKinds
{
    /// <summary>The ERP confirmed it will deliver the order.</summary>
    public const string Confirmed = "Confirmed";

    /// <summary>Stock is reserved; <c>Lines</c> lists the lines (or parts) that wait for stock, each with its revised date.</summary>
    public const string Allocated = "Allocated";

    /// <summary>A line waits for stock (again, or longer): <c>Lines</c> gives the quantity waiting and its revised date.</summary>
    public const string Backordered = "Backordered";

    /// <summary>A shipment left the warehouse: its number, carrier, tracking number and the quantities of each line in it.</summary>
    public const string Shipped = "Shipped";

    /// <summary>The shipment <c>ShipmentNumber</c> reached the ship-to address.</summary>
    public const string Delivered = "Delivered";

    /// <summary>The ERP cancelled the order (on the portal's request, or on its own), with the reason.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>The ERP refused a cancellation the portal asked for (the order is already on its way), with the reason.</summary>
    public const string CancellationRefused = "CancellationRefused";

    /// <summary>The order was invoiced: invoice number, amount, currency and due date.</summary>
    public const string Invoiced = "Invoiced";

    /// <summary>A payment of <c>Amount</c> was received against <c>InvoiceNumber</c>.</summary>
    public const string PaymentReceived = "PaymentReceived";

    /// <summary>The invoice <c>InvoiceNumber</c> passed its due date unpaid.</summary>
    public const string Overdue = "Overdue";

    public static readonly IReadOnlyList<string> All =
        [Confirmed, Allocated, Backordered, Shipped, Delivered, Cancelled, CancellationRefused, Invoiced, PaymentReceived, Overdue];
}

/// <summary>A quantity of a portal order line in a change: shipped, or waiting for stock until <c>RevisedDate</c>.</summary>
public sealed record ErpLineQuantity(int LineNumber, decimal Quantity, DateOnly? RevisedDate = null);

/// <summary>The particulars of a change; which fields are set depends on its kind (<see cref="ErpChangeKinds"/>).</summary>
public sealed record ErpOrderChangeDetail
{
    public IReadOnlyList<ErpLineQuantity> Lines { get; init; } = [];
    public string? ShipmentNumber { get; init; }
    public string? Carrier { get; init; }
    public string? TrackingNumber { get; init; }
    public string? InvoiceNumber { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public DateOnly? DueDate { get; init; }
    public string? Reason { get; init; }
}

/// <summary>
/// An entry of the ERP's sales-order feed. <c>Sequence</c> orders the whole feed; <c>OrderSequence</c> counts the changes of one
/// sales order from 1, so whoever applies them can tell a repeat (already seen) from a gap (an earlier change still on its way).
/// </summary>
public sealed record ErpSalesOrderChangeDto(
    long Sequence, string SalesOrderNumber, Guid PortalOrderId, string PortalOrderNumber, Guid CustomerAccountId, int OrderSequence, string Kind,
    ErpOrderChangeDetail Detail, DateTimeOffset ChangedAt);

/// <summary>A request to cancel a sales order; the ERP cancels it unless it has shipped, and says so in its feed either way.</summary>
public sealed record ErpCancellationRequest(string Reason);

/// <summary>The ERP's sales-order change feed and cancellation requests, as the ERP adapter uses them.</summary>
public interface IErpSalesOrderChangeApi
{
    [Get("/erp/sales-order-changes")]
    Task<IReadOnlyList<ErpSalesOrderChangeDto>> GetChangesAsync(long after, int take, CancellationToken cancellationToken = default);

    [Post("/erp/sales-orders/{salesOrderNumber}/cancellation")]
    Task RequestCancellationAsync(
        string salesOrderNumber, [Body] ErpCancellationRequest request, [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);
}

/// <summary>
/// A step an ERP user takes on a sales order (the simulator's admin API): <c>Kind</c> is one of <see cref="ErpChangeKinds"/>; the
/// other fields as that kind needs them. Left out, the simulator fills in what a real ERP would: every unshipped quantity for a
/// shipment, a carrier and tracking number, the order's amount for an invoice, the open amount for a payment.
/// </summary>
public sealed record ErpSalesOrderStep(string Kind)
{
    public IReadOnlyList<ErpLineQuantity>? Lines { get; init; }
    public string? Carrier { get; init; }
    public string? TrackingNumber { get; init; }
    public string? ShipmentNumber { get; init; }
    public decimal? Amount { get; init; }
    public DateOnly? DueDate { get; init; }
    public string? Reason { get; init; }
}

/// <summary>
/// How the simulated ERP carries out new sales orders on its own: <c>Scenario</c> is <c>manual</c> (only steps taken through the
/// admin API), <c>standard</c>, <c>split</c>, <c>backorder</c> or <c>erp-cancel</c>; one step every <c>StepSeconds</c>.
/// </summary>
public sealed record ErpLifecycleSettings(string Scenario, double StepSeconds);
