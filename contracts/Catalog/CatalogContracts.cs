using Refit;

namespace B2BPortal.Contracts.Catalog;

public sealed record ProductDto(string Sku, string Name, string Description, string UnitOfMeasure);

public interface ICatalogApi
{
    [Get("/api/v1/products")]
    Task<IReadOnlyList<ProductDto>> SearchProductsAsync([Query] string? skuPrefix = null, [Query] int take = 50, CancellationToken cancellationToken = default);

    [Get("/api/v1/products/{sku}")]
    Task<ProductDto> GetProductAsync(string sku, CancellationToken cancellationToken = default);
}
