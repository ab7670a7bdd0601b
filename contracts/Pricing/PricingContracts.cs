using Refit;

namespace B2BPortal.Contracts.Pricing;

public sealed record ListPriceDto(string Sku, string Currency, decimal Amount);

public interface IPricingApi
{
    [Get("/api/v1/prices/{sku}")]
    Task<ListPriceDto> GetListPriceAsync(string sku, CancellationToken cancellationToken = default);
}
