using Refit;

namespace B2BPortal.Contracts.Orders;

public sealed record OrderLineDto(string Sku, decimal Quantity);

public sealed record PlaceOrderRequest(string? PurchaseOrderNumber, IReadOnlyList<OrderLineDto> Lines);

public sealed record OrderDto(
    Guid Id,
    string Number,
    Guid AccountId,
    string? PurchaseOrderNumber,
    string Status,
    string? ErpOrderNumber,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcknowledgedAt,
    IReadOnlyList<OrderLineDto> Lines);

public static class OrderStatuses
{
    public const string Submitted = "Submitted";
    public const string Acknowledged = "Acknowledged";
    public const string Rejected = "Rejected";
}

public interface IOrderApi
{
    [Post("/api/v1/accounts/{accountId}/orders")]
    Task<IApiResponse<OrderDto>> PlaceOrderAsync(
        Guid accountId,
        [Body] PlaceOrderRequest request,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders/{orderId}")]
    Task<IApiResponse<OrderDto>> GetOrderAsync(Guid accountId, Guid orderId, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders")]
    Task<IReadOnlyList<OrderDto>> ListOrdersAsync(Guid accountId, CancellationToken cancellationToken = default);
}
