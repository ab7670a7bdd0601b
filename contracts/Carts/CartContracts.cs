using Refit;

namespace B2BPortal.Contracts.Carts;

public sealed record CartLineDto(string Sku, decimal Quantity);

public sealed record CartDto(Guid AccountId, IReadOnlyList<CartLineDto> Lines, DateTimeOffset? UpdatedAt);

/// <summary>The quantity a cart line should have from now on; it replaces what the line had.</summary>
public sealed record SetCartLineRequest(decimal Quantity);

public interface ICartApi
{
    [Get("/api/v1/accounts/{accountId}/cart")]
    Task<CartDto> GetCartAsync(Guid accountId, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    [Put("/api/v1/accounts/{accountId}/cart/lines/{sku}")]
    Task<CartDto> SetLineAsync(Guid accountId, string sku, [Body] SetCartLineRequest request, [Authorize] string accessToken,
        CancellationToken cancellationToken = default);

    [Delete("/api/v1/accounts/{accountId}/cart/lines/{sku}")]
    Task<CartDto> RemoveLineAsync(Guid accountId, string sku, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}
