using Refit;

namespace B2BPortal.Contracts.Carts;

public sealed record CartLineDto(string Sku, decimal Quantity);

public sealed record CartDto(Guid AccountId, IReadOnlyList<CartLineDto> Lines, DateTimeOffset? UpdatedAt);

public interface ICartApi
{
    [Get("/api/v1/accounts/{accountId}/cart")]
    Task<CartDto> GetCartAsync(Guid accountId, CancellationToken cancellationToken = default);
}
