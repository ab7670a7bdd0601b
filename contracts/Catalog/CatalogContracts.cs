using Refit;

namespace B2BPortal.Contracts.Catalog;

public static class ProductLifecycles
{
    public const string Active = "Active";
    public const string Discontinued = "Discontinued";
}

/// <summary>Stock of a SKU in one warehouse, as last confirmed by the ERP.</summary>
public sealed record WarehouseStockDto(string Warehouse, string WarehouseName, decimal Quantity, DateTimeOffset ConfirmedAt);

/// <summary>
/// Stock per warehouse. <c>AsOf</c> is the oldest confirmation among them (how fresh the whole answer is, null when the
/// product is stocked nowhere); <c>AgeSeconds</c> is how old that was when the answer was made.
/// </summary>
public sealed record AvailabilityDto(decimal TotalQuantity, DateTimeOffset? AsOf, long? AgeSeconds, IReadOnlyList<WarehouseStockDto> Warehouses);

/// <summary>A product as the catalog lists it.</summary>
public sealed record ProductSummaryDto(
    string Sku, string Name, string CategoryCode, string CategoryPath, string UnitOfMeasure, int PackSize, int PalletQuantity,
    decimal MinimumOrderQuantity, string Lifecycle, string? SuccessorSku, string? EquipmentModel, AvailabilityDto Availability);

public sealed record MediaLinkDto(string Kind, string Title, string Url);

/// <summary>A part that belongs in an equipment model, at a position of its parts list.</summary>
public sealed record ServicePartDto(string Position, string Sku, string Name, decimal Quantity, string Lifecycle);

/// <summary>The full product: its summary plus description, technical data, media, what it fits and, for equipment, its parts.</summary>
public sealed record ProductDetailsDto(
    ProductSummaryDto Summary, string Description, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<MediaLinkDto> Media,
    IReadOnlyList<string> CompatibleEquipmentModels, IReadOnlyList<ServicePartDto> ServiceParts);

public sealed record CategoryDto(string Code, string Name, string Path, string? ParentCode);

/// <summary>
/// What an account may see, resolved along its hierarchy (see <c>docs/architecture.md</c>, "Assortments"): a product is in it when
/// its SKU is listed, or its category path is under an included category and not under an excluded one; an excluded SKU never is.
/// </summary>
public sealed record AssortmentFilterDto(
    IReadOnlyList<string> IncludedCategories, IReadOnlyList<string> ExcludedCategories, IReadOnlyList<string> IncludedSkus, IReadOnlyList<string> ExcludedSkus);

/// <summary>A catalog search within an assortment. <c>Attributes</c> must all match exactly. Pages start at 1.</summary>
public sealed record ProductSearchRequest(
    AssortmentFilterDto Assortment, string? Query, string? Category, IReadOnlyDictionary<string, string>? Attributes, int Page, int PageSize);

public sealed record ProductSearchResultDto(IReadOnlyList<ProductSummaryDto> Items, int Page, int PageSize, bool HasMore);

public sealed record ProductLookupRequest(AssortmentFilterDto Assortment, IReadOnlyList<string> Skus);

/// <summary>What the catalog says of each SKU asked about, for an order's checks.</summary>
public static class ProductCheckStatuses
{
    /// <summary>The product exists and is in the assortment; <c>Product</c> is set.</summary>
    public const string Visible = "visible";

    /// <summary>A standard product of the catalog that the assortment leaves out.</summary>
    public const string NotInAssortment = "not-in-assortment";

    /// <summary>No such product, or a customer-specific product of someone else (the two look the same).</summary>
    public const string Unknown = "unknown";
}

/// <summary>
/// One SKU checked against an assortment. <c>Product</c> is set only when it is visible; <c>Successor</c> when it is
/// discontinued and its successor is visible too.
/// </summary>
public sealed record ProductCheckDto(string Sku, string Status, ProductSummaryDto? Product, ProductSummaryDto? Successor);

/// <summary>The parts list of an equipment model, limited to the assortment.</summary>
public sealed record EquipmentPartsDto(string EquipmentModel, string? EquipmentSku, string? EquipmentName, IReadOnlyList<ServicePartDto> Parts);

/// <summary>
/// Catalog's API for the BFF, called with the caller's access token: every read is made within an assortment, so nothing
/// outside it is ever returned.
/// </summary>
public interface ICatalogApi
{
    [Post("/api/v1/catalog/search")]
    Task<ProductSearchResultDto> SearchAsync([Body] ProductSearchRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    /// <summary>The products among <c>Skus</c> that exist and are in the assortment; the others are left out.</summary>
    [Post("/api/v1/catalog/lookup")]
    Task<IReadOnlyList<ProductSummaryDto>> LookupAsync([Body] ProductLookupRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    /// <summary>Just the SKUs among <c>Skus</c> that exist and are in the assortment, for checks that need no product data.</summary>
    [Post("/api/v1/catalog/visible")]
    Task<IReadOnlyList<string>> VisibleAsync([Body] ProductLookupRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    /// <summary>Each of <c>Skus</c>: visible (with the product), a standard product outside the assortment, or unknown.</summary>
    [Post("/api/v1/catalog/check")]
    Task<IReadOnlyList<ProductCheckDto>> CheckAsync([Body] ProductLookupRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    [Post("/api/v1/catalog/products/{sku}")]
    Task<ProductDetailsDto> GetProductAsync(string sku, [Body] AssortmentFilterDto assortment, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    [Post("/api/v1/catalog/equipment/{model}/parts")]
    Task<EquipmentPartsDto> GetEquipmentPartsAsync(string model, [Body] AssortmentFilterDto assortment, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    [Get("/api/v1/catalog/categories")]
    Task<IReadOnlyList<CategoryDto>> GetCategoriesAsync([Authorize] string accessToken, CancellationToken cancellationToken = default);
}
