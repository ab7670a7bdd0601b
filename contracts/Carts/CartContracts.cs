using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using Refit;

namespace B2BPortal.Contracts.Carts;

/// <summary>A line of a cart. <c>Warehouse</c> is a warehouse code, or null for best available.</summary>
public sealed record CartLineDto(string Sku, decimal Quantity, string? Note, string? Warehouse, DateTimeOffset AddedAt);

/// <summary>
/// The caller's cart for an account (one per account and user, or partner client). <c>Version</c> goes up with every
/// change; a checkout can name the version the buyer reviewed.
/// </summary>
public sealed record CartDto(Guid AccountId, IReadOnlyList<CartLineDto> Lines, DateTimeOffset? UpdatedAt, int Version);

/// <summary>What a cart line should be from now on; it replaces what the line had.</summary>
public sealed record SetCartLineRequest(decimal Quantity, string? Note = null, string? Warehouse = null);

/// <summary>
/// The cart as the buyer sees it (<c>GET …/cart</c> through the BFF): its lines, and the Order service's checks of them as a
/// draft order: each line's product, price and stock, the totals, and every finding (errors show as warnings while editing).
/// <c>Checks</c> is null when the checks could not be made just now, and <c>Missing</c> says so.
/// </summary>
public sealed record CartViewDto(CartDto Cart, OrderPreviewDto? Checks, IReadOnlyList<MissingPartDto> Missing);

/// <summary>Quick order: lines of <c>SKU quantity</c> (separated by spaces, tabs, a comma or a semicolon), one pair per line.</summary>
public sealed record QuickOrderRequest(string? Text);

/// <summary>Put the lines of an earlier order of the account back into the cart.</summary>
public sealed record ReorderRequest(Guid OrderId);

/// <summary>What the report says of a row of an import.</summary>
public static class ImportOutcomes
{
    public const string Accepted = "accepted";
    public const string UnknownSku = "unknown-sku";
    public const string NotInAssortment = "not-in-assortment";
    public const string Discontinued = "discontinued";
    public const string BelowMinimumQuantity = "below-minimum-quantity";
    public const string PackSizeMultiple = "pack-size-multiple";
    public const string DuplicateMerged = "duplicate-merged";
    public const string Unparseable = "unparseable";
}

/// <summary>
/// One row of an import and what became of it. An accepted row goes into the cart when the import is confirmed; a row with
/// a suggestion (rounded quantity, replacement SKU) goes in with the suggestion when the buyer chooses it; a duplicate row was
/// added to the first row of the same SKU (<c>MergedInto</c>). <c>Warnings</c> never stop a row.
/// </summary>
public sealed record ImportRowDto(
    int Row, string? Sku, decimal? Quantity, string? Note, string? Warehouse, string Outcome, string Message, decimal? SuggestedQuantity,
    string? SuggestedSku, int? MergedInto, IReadOnlyList<string> Warnings);

public sealed record ImportSummaryDto(int Rows, int Accepted, int Fixable, int Rejected, int Merged);

/// <summary>
/// A report on lines to add to the cart, from a CSV file, quick order text or an earlier order. Nothing is added until it is
/// confirmed (<c>POST …/cart/imports/{id}/confirm</c>); it expires at <c>ExpiresAt</c>.
/// </summary>
public sealed record CartImportDto(
    Guid Id, string Source, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, ImportSummaryDto Summary, IReadOnlyList<ImportRowDto> Rows);

public static class ImportStatuses
{
    public const string Pending = "pending";
    public const string Applied = "applied";
}

/// <summary>Confirms an import: its accepted rows, and the suggestions of the rows listed in <c>UseSuggestionFor</c>, go into the cart.</summary>
public sealed record ConfirmImportRequest(IReadOnlyList<int>? UseSuggestionFor = null);

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
