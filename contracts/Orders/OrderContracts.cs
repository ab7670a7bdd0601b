using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Pricing;
using Refit;

namespace B2BPortal.Contracts.Orders;

/// <summary>
/// A line to order. <c>Warehouse</c> is a warehouse code (<c>HAM</c>, <c>LYS</c>, <c>POZ</c>) or null for best available:
/// the line then ships from the warehouses that can deliver soonest, split over several when one does not hold enough.
/// </summary>
public sealed record OrderLineRequest(string Sku, decimal Quantity, string? Note = null, string? Warehouse = null);

/// <summary>
/// An order as a partner system (or the preview) sends it. <c>RequestedDeliveryDate</c> null means as soon as possible;
/// <c>ShipToAddressId</c> is one of the account's addresses (<c>GET …/ordering-profile</c>); <c>VatId</c> is optional.
/// </summary>
public sealed record PlaceOrderRequest(
    IReadOnlyList<OrderLineRequest?>? Lines,
    string? PurchaseOrderNumber = null,
    Guid? ShipToAddressId = null,
    DateOnly? RequestedDeliveryDate = null,
    string? VatId = null);

/// <summary>
/// Checkout: the caller's cart becomes an order with these header fields. <c>CartVersion</c> is the version of the cart the
/// buyer reviewed; when given and the cart has changed since, the checkout is refused (409) so nothing unseen is ordered.
/// </summary>
public sealed record CheckoutRequest(
    string? PurchaseOrderNumber = null, Guid? ShipToAddressId = null, DateOnly? RequestedDeliveryDate = null, string? VatId = null, int? CartVersion = null);

/// <summary>
/// An accepted quote becomes an order: <c>Revision</c> is the accepted revision the buyer read; the lines and prices are the quote's
/// (read from the Quote service, never from the request), the header fields as for checkout, the quote's own ship-to and requested
/// date when left out. A quote is ordered at most once.
/// </summary>
public sealed record QuoteOrderRequest(
    Guid QuoteId, int Revision, string? PurchaseOrderNumber = null, Guid? ShipToAddressId = null, DateOnly? RequestedDeliveryDate = null, string? VatId = null);

/// <summary>The four layers an order is checked in, in the order they run.</summary>
public static class FindingLayers
{
    public const string DataIntegrity = "data-integrity";
    public const string Business = "business";
    public const string Finance = "finance";
    public const string Logistics = "logistics";
}

/// <summary><c>error</c> stops the order at submission (and is a warning while a cart is edited); <c>warning</c> never stops it.</summary>
public static class FindingSeverities
{
    public const string Error = "error";
    public const string Warning = "warning";
}

/// <summary>The stable codes of findings (docs/ordering.md lists them with what the buyer can do about each).</summary>
public static class FindingCodes
{
    public const string LinesRequired = "lines-required";
    public const string TooManyLines = "too-many-lines";
    public const string SkuInvalid = "sku-invalid";
    public const string QuantityInvalid = "quantity-invalid";
    public const string NoteTooLong = "note-too-long";
    public const string PurchaseOrderRequired = "purchase-order-required";
    public const string PurchaseOrderFormat = "purchase-order-format";
    public const string PurchaseOrderDuplicate = "purchase-order-duplicate";
    public const string VatIdFormat = "vat-id-format";
    public const string RequestedDateInPast = "requested-date-in-past";
    public const string ShipToRequired = "ship-to-required";
    public const string ShipToUnknown = "ship-to-unknown";

    public const string UnknownSku = "unknown-sku";
    public const string NotInAssortment = "not-in-assortment";
    public const string Discontinued = "discontinued";
    public const string BelowMinimumQuantity = "below-minimum-quantity";
    public const string PackSizeMultiple = "pack-size-multiple";
    public const string NoPrice = "no-price";
    public const string MixedCurrencies = "mixed-currencies";
    public const string InsufficientStock = "insufficient-stock";
    public const string Backorder = "backorder";

    public const string CreditLimitExceeded = "credit-limit-exceeded";
    public const string CreditHold = "credit-hold";
    public const string CreditUnavailable = "credit-unavailable";
    public const string CreditCurrency = "credit-currency";

    public const string UnknownWarehouse = "unknown-warehouse";
    public const string WarehouseCannotShip = "warehouse-cannot-ship";
    public const string NoWarehouseShipsThere = "no-warehouse-ships-there";
    public const string RequestedDateTooEarly = "requested-date-too-early";
    public const string PartialPallet = "partial-pallet";
    public const string SplitShipment = "split-shipment";
}

/// <summary>
/// One finding of the checks. <c>Line</c> is the 1-based line it concerns (null for the whole order), <c>Field</c> the field.
/// Where the portal can offer a fix it says so: a quantity, a replacement SKU, or a delivery date.
/// </summary>
public sealed record OrderFindingDto(string Code, string Layer, string Severity, int? Line, string? Sku, string? Field, string Message)
{
    public decimal? SuggestedQuantity { get; init; }
    public string? SuggestedSku { get; init; }
    public DateOnly? SuggestedDate { get; init; }
}

/// <summary>Part of a line shipped from one warehouse, with the earliest date it can arrive; <c>Backorder</c> when not in stock there yet.</summary>
public sealed record AllocationDto(string Warehouse, string WarehouseName, decimal Quantity, DateOnly EarliestDelivery, bool Backorder);

public sealed record OrderTotalsDto(string? Currency, decimal NetAmount, int LineCount);

/// <summary>A line as the checks see it: the product (null when unknown or not in the assortment), its price, where it ships from.</summary>
public sealed record PreviewLineDto(
    int LineNumber, string Sku, decimal Quantity, string? Note, string? Warehouse, ProductSummaryDto? Product, PriceDto? Price,
    IReadOnlyList<AllocationDto> Allocations);

/// <summary>
/// What the checks say of an order before it is placed: every finding at once, the priced lines, totals and the company's
/// credit. <c>CanSubmit</c> is true when no finding is an error.
/// </summary>
public sealed record OrderPreviewDto(
    IReadOnlyList<PreviewLineDto> Lines, OrderTotalsDto Totals, IReadOnlyList<OrderFindingDto> Findings, CreditStatusDto? Credit, bool CanSubmit)
{
    /// <summary>The approvals the account's rules would ask of this order, placed by this caller; empty when none.</summary>
    public IReadOnlyList<Accounts.ApprovalStepRule> ApprovalSteps { get; init; } = [];
}

/// <summary>
/// The company's credit as the portal sees it: the ERP's limit, open receivables and hold, plus the portal's own orders the
/// ERP has not invoiced yet. <c>Available</c> is the limit less both (null when the ERP sets no limit).
/// </summary>
public sealed record CreditStatusDto(
    Guid CompanyId, string Currency, decimal? CreditLimit, decimal OpenReceivables, decimal NotYetInvoiced, decimal? Available, bool OnHold,
    string? HoldReason, string? CreditContact, DateTimeOffset AsOf);

/// <summary>The price a line was ordered at, kept with the order whatever prices do later.</summary>
public sealed record OrderPriceSnapshotDto(
    string Currency, decimal UnitPrice, decimal LineAmount, string Source, Guid? ContractId, string? ContractName, decimal? TierMinQuantity,
    string Explanation);

/// <summary>
/// A line as ordered, and how far the ERP has carried it out: shipped so far, and what waits for stock until when.
/// </summary>
public sealed record OrderLineDto(
    int LineNumber, string Sku, string Name, decimal Quantity, string Unit, string? Note, string? RequestedWarehouse,
    OrderPriceSnapshotDto Price, IReadOnlyList<AllocationDto> Allocations)
{
    public decimal ShippedQuantity { get; init; }
    public decimal BackorderedQuantity { get; init; }
    public DateOnly? RevisedDeliveryDate { get; init; }
}

/// <summary>Who placed an order: a user (subject = user id) or a partner system (subject = client id).</summary>
public sealed record OrderActorDto(string Subject, string Name, bool IsPartner);

public sealed record OrderDto(
    Guid Id,
    string Number,
    Guid AccountId,
    string? PurchaseOrderNumber,
    string Status,
    string? ErpOrderNumber,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcknowledgedAt,
    IReadOnlyList<OrderLineDto> Lines,
    OrderActorDto PlacedBy,
    string Source,
    DateOnly? RequestedDeliveryDate,
    ShipToAddressDto? ShipTo,
    string? VatId,
    string Currency,
    decimal NetAmount,
    string? RejectionReason)
{
    /// <summary><c>Status</c> is the process axis; these are the other two (<see cref="ValidationStates"/>, <see cref="PaymentStates"/>).</summary>
    public string ValidationStatus { get; init; } = ValidationStates.PendingCheck;

    public string PaymentStatus { get; init; } = PaymentStates.NotInvoiced;
    public string? CancellationReason { get; init; }

    /// <summary>When the buyer asked the ERP to cancel a confirmed order; cleared when the ERP answers.</summary>
    public DateTimeOffset? CancellationRequestedAt { get; init; }

    public decimal InvoicedAmount { get; init; }
    public decimal PaidAmount { get; init; }
    public IReadOnlyList<ShipmentDto> Shipments { get; init; } = [];
    public IReadOnlyList<InvoiceDto> Invoices { get; init; } = [];

    /// <summary>Every step on every axis, oldest first, with who or what caused it.</summary>
    public IReadOnlyList<OrderHistoryEntryDto> History { get; init; } = [];

    /// <summary>The approval chain the rules asked for; null when none did.</summary>
    public OrderApprovalDto? Approval { get; init; }

    /// <summary>For an order of a quote (<c>Source</c> <c>quote</c>): the quote, its number and the revision whose prices it took.</summary>
    public Guid? QuoteId { get; init; }

    public string? QuoteNumber { get; init; }
    public int? QuoteRevision { get; init; }
}

/// <summary>A shipment as the ERP reported it: carrier, tracking number, the quantity of each line in it, and when it arrived.</summary>
public sealed record ShipmentDto(
    string Number, string? Carrier, string? TrackingNumber, DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt, IReadOnlyList<ShipmentLineDto> Lines);

public sealed record ShipmentLineDto(int LineNumber, decimal Quantity);

/// <summary>An invoice of the order, with what has been paid on it; <c>Overdue</c> once its due date passed unpaid.</summary>
public sealed record InvoiceDto(
    string Number, decimal Amount, string Currency, DateOnly? DueDate, DateTimeOffset IssuedAt, decimal PaidAmount, bool Overdue);

/// <summary>
/// One step in an order's life. <c>Axis</c>/<c>From</c>/<c>To</c> are set when a state changed; other steps (a backorder's revised
/// date, a refused cancellation) only tell what happened. <c>Actor</c> is who or what caused it: a user, a partner system, the ERP,
/// or the portal itself.
/// </summary>
public sealed record OrderHistoryEntryDto(
    DateTimeOffset At, string Kind, string? Axis, string? From, string? To, string Detail, OrderHistoryActorDto Actor);

/// <summary><c>Kind</c> is <c>user</c>, <c>partner</c>, <c>erp</c> or <c>portal</c>.</summary>
public sealed record OrderHistoryActorDto(string Kind, string? Id, string Name);

/// <summary>A buyer's cancellation: the reason goes to the ERP when the ERP already has the order.</summary>
public sealed record CancelOrderRequest(string? Reason = null);

/// <summary>An order in a list: enough to find it and see where it is.</summary>
public sealed record OrderSummaryDto(
    Guid Id, string Number, string? PurchaseOrderNumber, string Status, string? ErpOrderNumber, DateTimeOffset SubmittedAt, string Currency,
    decimal NetAmount, int LineCount, string PlacedBy)
{
    public string ValidationStatus { get; init; } = ValidationStates.PendingCheck;
    public string PaymentStatus { get; init; } = PaymentStates.NotInvoiced;
}

/// <summary>A page of the account's orders, newest first. Pages start at 1; <c>HasMore</c> says whether another follows.</summary>
public sealed record OrderListDto(IReadOnlyList<OrderSummaryDto> Items, int Page, int PageSize, bool HasMore);

/// <summary>Where an order came from.</summary>
public static class OrderSources
{
    /// <summary>Sent as lines to <c>POST …/orders</c> (a partner system, or a script).</summary>
    public const string Api = "api";

    /// <summary>The caller's cart, checked out with <c>POST …/orders/checkout</c>.</summary>
    public const string Cart = "cart";

    /// <summary>An accepted quote, ordered at its prices with <c>POST …/orders/from-quote</c>.</summary>
    public const string Quote = "quote";
}

public interface IOrderApi
{
    [Post("/api/v1/accounts/{accountId}/orders")]
    Task<IApiResponse<OrderDto>> PlaceOrderAsync(
        Guid accountId,
        [Body] PlaceOrderRequest request,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/orders/checkout")]
    Task<IApiResponse<OrderDto>> CheckoutAsync(
        Guid accountId,
        [Body] CheckoutRequest request,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/orders/preview")]
    Task<OrderPreviewDto> PreviewAsync(Guid accountId, [Body] PlaceOrderRequest request, bool draft, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders/{orderId}")]
    Task<IApiResponse<OrderDto>> GetOrderAsync(Guid accountId, Guid orderId, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders")]
    Task<OrderListDto> ListOrdersAsync(Guid accountId, string? q = null, int? page = null, CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/orders/{orderId}/cancellation")]
    Task<IApiResponse<OrderDto>> CancelOrderAsync(Guid accountId, Guid orderId, [Body] CancelOrderRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The Order service's checks and orders as other services ask for them, with the caller's own token.</summary>
public interface IOrderServiceApi
{
    [Post("/api/v1/accounts/{accountId}/orders/preview")]
    Task<OrderPreviewDto> PreviewAsync(
        Guid accountId, [Body] PlaceOrderRequest request, bool draft, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders/{orderId}")]
    Task<OrderDto> GetOrderAsync(Guid accountId, Guid orderId, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}
