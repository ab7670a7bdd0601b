using B2BPortal.Contracts.Pricing;

namespace B2BPortal.Contracts.Catalog;

/// <summary>A part of a composed answer that could not be filled in (for example <c>prices</c> while Pricing is slow or down).</summary>
public sealed record MissingPartDto(string Part, string Detail);

/// <summary>A product in the account's catalog: the product, the account's price for one unit with its tiers (null when missing), and stock.</summary>
public sealed record CatalogItemDto(ProductSummaryDto Product, PriceDto? Price);

/// <summary>One page of the account's catalog (<c>GET /api/v1/accounts/{accountId}/catalog</c>). <c>Missing</c> is empty when the answer is whole.</summary>
public sealed record CatalogPageDto(IReadOnlyList<CatalogItemDto> Items, int Page, int PageSize, bool HasMore, IReadOnlyList<MissingPartDto> Missing);

/// <summary>A product page (<c>GET /api/v1/accounts/{accountId}/products/{sku}</c>): details, price, successor, what it fits, its parts.</summary>
public sealed record ProductPageDto(
    ProductDetailsDto Product, PriceDto? Price, ProductSummaryDto? Successor, IReadOnlyList<MissingPartDto> Missing);
