using Refit;

namespace B2BPortal.Contracts.Erp;

/// <summary>The ERP's sales-order API as ErpSimulator offers it (stands in for Dynamics 365 / SAP).</summary>
public sealed record CreateSalesOrderRequest(
    Guid PortalOrderId,
    string PortalOrderNumber,
    Guid CustomerAccountId,
    string? CustomerPurchaseOrder,
    IReadOnlyList<SalesOrderLine> Lines)
{
    public string? Currency { get; init; }
    public decimal? NetAmount { get; init; }
}

/// <summary>
/// A sales order line; <c>Warehouse</c> is the site it ships from (the portal's allocation), null to let the ERP choose.
/// <c>LineNumber</c> is the portal order's line (a line split over two warehouses is two sales order lines with one number).
/// </summary>
public sealed record SalesOrderLine(string ItemNumber, decimal Quantity)
{
    public int LineNumber { get; init; }
    public string? Warehouse { get; init; }
    public decimal? UnitPrice { get; init; }
}

public sealed record SalesOrderDto(
    string SalesOrderNumber,
    Guid PortalOrderId,
    string Status,
    DateTimeOffset CreatedAt);

/// <summary>
/// The simulated ERP's fault knobs: added latency, a share of failed calls, a full outage, and items it refuses on sales orders
/// (as an ERP refuses an item blocked for sale), so a refusal can be provoked for items the portal's catalog sells.
/// </summary>
public sealed record ErpFaults(int LatencyMilliseconds, double ErrorRate, bool Outage)
{
    public IReadOnlyList<string> BlockedItems { get; init; } = [];

    /// <summary>The reason the ERP gives when it refuses a blocked item (a real ERP's text can be long); null for its short default.</summary>
    public string? BlockedReason { get; init; }
}

public interface IErpSalesOrderApi
{
    /// <summary>Creates a sales order. The same <paramref name="idempotencyKey"/> always answers the same order.</summary>
    [Post("/erp/sales-orders")]
    Task<SalesOrderDto> CreateSalesOrderAsync(
        [Body] CreateSalesOrderRequest request,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);

    [Get("/erp/sales-orders/{salesOrderNumber}")]
    Task<SalesOrderDto> GetSalesOrderAsync(string salesOrderNumber, CancellationToken cancellationToken = default);

    /// <summary>Every sales order the ERP holds for a portal order (one, if the portal's idempotency holds).</summary>
    [Get("/erp/sales-orders")]
    Task<IReadOnlyList<SalesOrderDto>> FindSalesOrdersAsync(Guid portalOrderId, CancellationToken cancellationToken = default);
}

public interface IErpAdminApi
{
    [Get("/erp/admin/faults")]
    Task<ErpFaults> GetFaultsAsync(CancellationToken cancellationToken = default);

    [Put("/erp/admin/faults")]
    Task SetFaultsAsync([Body] ErpFaults faults, CancellationToken cancellationToken = default);

    /// <summary>Books a stock count in the ERP (it appears in the stock feed).</summary>
    [Post("/erp/admin/stock")]
    Task SetStockAsync([Body] ErpStockSetting setting, CancellationToken cancellationToken = default);

    /// <summary>Sets a list price in the ERP (it appears in the price feed).</summary>
    [Post("/erp/admin/list-prices")]
    Task SetListPriceAsync([Body] ErpListPriceSetting setting, CancellationToken cancellationToken = default);

    /// <summary>Sets a customer contract's price of an item, with its quantity breaks (it appears in the contract price feed).</summary>
    [Post("/erp/admin/contract-prices")]
    Task SetContractPriceAsync([Body] ErpContractPriceSetting setting, CancellationToken cancellationToken = default);

    /// <summary>What the ERP's credit controllers set for a customer: limit, open receivables, hold (it appears in the credit feed).</summary>
    [Put("/erp/admin/customers/{customerAccountId}/credit")]
    Task SetCreditAsync(Guid customerAccountId, [Body] ErpCreditSetting setting, CancellationToken cancellationToken = default);

    [Get("/erp/customers/{customerAccountId}/credit")]
    Task<ErpCreditDto> GetCreditAsync(Guid customerAccountId, CancellationToken cancellationToken = default);

    /// <summary>Takes a step on a sales order as an ERP user would (it appears in the sales-order feed); 422 when the ERP refuses it.</summary>
    [Post("/erp/admin/sales-orders/{salesOrderNumber}/steps")]
    Task<IApiResponse> TakeStepAsync(string salesOrderNumber, [Body] ErpSalesOrderStep step, CancellationToken cancellationToken = default);

    [Get("/erp/admin/lifecycle")]
    Task<ErpLifecycleSettings> GetLifecycleAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the scenario new sales orders play out on their own (<c>manual</c> for none).</summary>
    [Put("/erp/admin/lifecycle")]
    Task SetLifecycleAsync([Body] ErpLifecycleSettings settings, CancellationToken cancellationToken = default);
}

/// <summary>
/// A customer's credit as the ERP's credit controllers set it. <c>CreditLimit</c> null means the ERP sets no limit;
/// <c>OpenBalance</c> is what the customer owes on invoices not yet paid. A customer on hold may not order.
/// </summary>
public sealed record ErpCreditSetting(
    decimal? CreditLimit, string Currency, decimal OpenBalance, bool OnHold, string? HoldReason = null, string? PaymentTerms = null, string? CreditContact = null);

/// <summary>A customer's current credit in the ERP.</summary>
public sealed record ErpCreditDto(
    Guid CustomerAccountId, decimal? CreditLimit, string Currency, decimal OpenBalance, bool OnHold, string? HoldReason, string? PaymentTerms,
    string? CreditContact, DateTimeOffset ChangedAt);

/// <summary>An entry of the ERP's credit feed: the customer's whole credit record after a change.</summary>
public sealed record ErpCreditChangeDto(
    long Sequence, Guid CustomerAccountId, decimal? CreditLimit, string Currency, decimal OpenBalance, bool OnHold, string? HoldReason,
    string? PaymentTerms, string? CreditContact, DateTimeOffset ChangedAt);

/// <summary>
/// Credit terms agreed in the portal by the manufacturer's staff at <paramref name="AgreedAt"/>, written to the ERP (which stays
/// the authority): a write agreed before the ERP's own last change to the customer's credit is refused as superseded (409).
/// </summary>
public sealed record ErpCreditTermsUpdate(decimal? CreditLimit, string Currency, string? PaymentTerms, DateTimeOffset? AgreedAt = null);

/// <summary>The ERP's customer master, as the ERP adapter writes to it. Every write carries an idempotency key.</summary>
public interface IErpCustomerApi
{
    [Put("/erp/customers/{customerAccountId}/credit-terms")]
    Task SetCreditTermsAsync(
        Guid customerAccountId, [Body] ErpCreditTermsUpdate update, [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);
}

/// <summary>An entry of the ERP's stock feed: the quantity of an item in a warehouse as confirmed at <c>ConfirmedAt</c>.</summary>
public sealed record ErpStockMovementDto(long Sequence, string ItemNumber, string Warehouse, decimal Quantity, DateTimeOffset ConfirmedAt);

/// <summary>An entry of the ERP's price feed: a new list price of an item.</summary>
public sealed record ErpPriceChangeDto(long Sequence, string ItemNumber, string Currency, decimal Amount, DateTimeOffset ChangedAt);

public sealed record ErpStockSetting(string ItemNumber, string Warehouse, decimal Quantity);

public sealed record ErpListPriceSetting(string ItemNumber, string Currency, decimal Amount);

/// <summary>A quantity break of a contract price: from <c>MinQuantity</c> units on, <c>UnitPrice</c> each.</summary>
public sealed record ErpPriceBreak(decimal MinQuantity, decimal UnitPrice);

/// <summary>
/// A customer contract's price of an item: <c>UnitPrice</c> from one unit, lower prices from the <c>Breaks</c>. The ERP
/// knows the contract by the portal's contract id and the customer by the portal's account id.
/// </summary>
public sealed record ErpContractPriceSetting(Guid ContractId, Guid CustomerAccountId, string ItemNumber, decimal UnitPrice, IReadOnlyList<ErpPriceBreak> Breaks);

/// <summary>An entry of the ERP's contract price feed: the whole new price of an item in a contract, replacing the old one.</summary>
public sealed record ErpContractPriceChangeDto(
    long Sequence, Guid ContractId, Guid CustomerAccountId, string ItemNumber, decimal UnitPrice, IReadOnlyList<ErpPriceBreak> Breaks, DateTimeOffset ChangedAt);

/// <summary>
/// The ERP's change feeds, read in order of <c>Sequence</c>: entries after <c>after</c>, at most <c>take</c> of them.
/// The ERP adapter keeps its position and turns entries into integration events.
/// </summary>
public interface IErpFeedApi
{
    [Get("/erp/stock-movements")]
    Task<IReadOnlyList<ErpStockMovementDto>> GetStockMovementsAsync(long after, int take, CancellationToken cancellationToken = default);

    [Get("/erp/price-changes")]
    Task<IReadOnlyList<ErpPriceChangeDto>> GetPriceChangesAsync(long after, int take, CancellationToken cancellationToken = default);

    [Get("/erp/contract-price-changes")]
    Task<IReadOnlyList<ErpContractPriceChangeDto>> GetContractPriceChangesAsync(long after, int take, CancellationToken cancellationToken = default);

    [Get("/erp/credit-changes")]
    Task<IReadOnlyList<ErpCreditChangeDto>> GetCreditChangesAsync(long after, int take, CancellationToken cancellationToken = default);
}
