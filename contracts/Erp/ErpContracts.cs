using Refit;

namespace B2BPortal.Contracts.Erp;

/// <summary>The ERP's sales-order API as ErpSimulator offers it (stands in for Dynamics 365 / SAP).</summary>
public sealed record CreateSalesOrderRequest(
    Guid PortalOrderId,
    string PortalOrderNumber,
    Guid CustomerAccountId,
    string? CustomerPurchaseOrder,
    IReadOnlyList<SalesOrderLine> Lines);

public sealed record SalesOrderLine(string ItemNumber, decimal Quantity);

public sealed record SalesOrderDto(
    string SalesOrderNumber,
    Guid PortalOrderId,
    string Status,
    DateTimeOffset CreatedAt);

public sealed record ErpFaults(int LatencyMilliseconds, double ErrorRate, bool Outage);

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
}

public interface IErpAdminApi
{
    [Get("/erp/admin/faults")]
    Task<ErpFaults> GetFaultsAsync(CancellationToken cancellationToken = default);

    [Put("/erp/admin/faults")]
    Task SetFaultsAsync([Body] ErpFaults faults, CancellationToken cancellationToken = default);
}
