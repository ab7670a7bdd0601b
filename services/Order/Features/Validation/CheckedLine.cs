using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Order.Features.Logistics;

namespace B2BPortal.Order.Features.Validation;

/// <summary>A line with what the catalog, pricing and allocation said of it.</summary>
internal sealed record CheckedLine(DraftLine Draft, ProductCheckDto? Check, PriceLineResultDto? Pricing)
{
    /// <summary>The product, when it exists and is in the account's assortment.</summary>
    public ProductSummaryDto? Product => Check is { Status: ProductCheckStatuses.Visible } ? Check.Product : null;

    public PriceDto? Price => Pricing?.Price;

    public LineAllocationPlan? Plan { get; init; }

    public PreviewLineDto ToPreview() => new(Draft.LineNumber, Draft.Sku ?? "", Draft.Quantity, Draft.Note, Draft.Warehouse, Product, Price,
        Plan?.Allocations ?? []);
}
