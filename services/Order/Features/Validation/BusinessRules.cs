using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using static B2BPortal.Order.Features.Validation.Findings;

namespace B2BPortal.Order.Features.Validation;

/// <summary>
/// Layer 2, business rules: each SKU exists, is in the account's assortment and is still sold; the quantity meets the minimum
/// order quantity and is a whole number of packs; there is a price; and the stock is there, or backorders are allowed.
/// A customer-specific product of another company reads as unknown, so its existence never leaks.
/// </summary>
internal static class BusinessRules
{
    private const string Layer = FindingLayers.Business;

    public static IEnumerable<OrderFindingDto> CheckProducts(CheckedLine line, string accountName)
    {
        var draft = line.Draft;
        if (!draft.HasValidShape)
        {
            yield break;
        }

        var at = LineRef(draft);
        switch (line.Check?.Status)
        {
            case null or ProductCheckStatuses.Unknown:
                yield return Error(Layer, FindingCodes.UnknownSku,
                    $"{at}: there is no product {draft.Sku} in your catalog. Check the SKU on your part list or search the catalog.", draft.LineNumber, draft.Sku,
                    Field(draft, "sku"));
                yield break;
            case ProductCheckStatuses.NotInAssortment:
                yield return Error(Layer, FindingCodes.NotInAssortment,
                    $"{at}: {draft.Sku} is not in {accountName}'s assortment. Ask your account manager to add it, or remove the line.",
                    draft.LineNumber, draft.Sku, Field(draft, "sku"));
                yield break;
        }

        var product = line.Product!;
        if (product.Lifecycle == ProductLifecycles.Discontinued)
        {
            var successor = line.Check!.Successor;
            yield return Error(Layer, FindingCodes.Discontinued, successor is null
                    ? $"{at}: {product.Name} is discontinued and has no replacement you can order. Remove the line, or ask your account manager."
                    : $"{at}: {product.Name} is discontinued. Its replacement is {successor.Sku} ({successor.Name}).",
                draft.LineNumber, draft.Sku, Field(draft, "sku")) with { SuggestedSku = successor?.Sku };
        }

        foreach (var finding in CheckQuantity(line, product))
        {
            yield return finding;
        }

        if (line.Price is null)
        {
            yield return Error(Layer, FindingCodes.NoPrice,
                $"{at}: there is no price for {draft.Sku} for you today. " + (line.Pricing?.Detail ?? "Ask your account manager for a price or a quote."),
                draft.LineNumber, draft.Sku);
        }
    }

    /// <summary>The minimum order quantity and the pack size, with the smallest quantity that satisfies both offered.</summary>
    public static IEnumerable<OrderFindingDto> CheckQuantity(CheckedLine line, ProductSummaryDto product)
    {
        var draft = line.Draft;
        var pack = Math.Max(product.PackSize, 1);
        var fits = RoundUpToPack(Math.Max(draft.Quantity, product.MinimumOrderQuantity), pack);
        if (draft.Quantity < product.MinimumOrderQuantity)
        {
            yield return Error(Layer, FindingCodes.BelowMinimumQuantity,
                $"{LineRef(draft)}: the minimum order quantity of {product.Name} is {Quantity(product.MinimumOrderQuantity)} {product.UnitOfMeasure}; " +
                $"you asked for {Quantity(draft.Quantity)}. Order {Quantity(fits)} or more.",
                draft.LineNumber, draft.Sku, Field(draft, "quantity")) with { SuggestedQuantity = fits };
        }
        else if (draft.Quantity % pack != 0)
        {
            var down = Math.Floor(draft.Quantity / pack) * pack;
            yield return Error(Layer, FindingCodes.PackSizeMultiple,
                $"{LineRef(draft)}: {product.Name} comes in packs of {pack}; {Quantity(draft.Quantity)} is not a whole number of packs. " +
                (down >= Math.Max(product.MinimumOrderQuantity, pack) ? $"Order {Quantity(fits)} or {Quantity(down)}." : $"Order {Quantity(fits)}."),
                draft.LineNumber, draft.Sku, Field(draft, "quantity")) with { SuggestedQuantity = fits };
        }
    }

    /// <summary>Stock against the allocation: a shortfall is a backorder where the company allows it, else an error.</summary>
    public static IEnumerable<OrderFindingDto> CheckStock(CheckedLine line, bool allowBackorders, string companyName)
    {
        if (line is not { Product: { } product, Plan: { Backordered: > 0 } plan })
        {
            yield break;
        }

        var draft = line.Draft;
        var inStock = draft.Quantity - plan.Backordered;
        var where = draft.Warehouse is null ? "in the warehouses that ship to you" : $"in {plan.Allocations[0].WarehouseName}";
        var freshness = product.Availability.AsOf is { } asOf ? $" (stock as of {asOf:yyyy-MM-dd HH:mm} UTC)" : "";
        if (allowBackorders)
        {
            var backorder = plan.Allocations.Last();
            yield return Warning(Layer, FindingCodes.Backorder,
                $"{LineRef(draft)}: only {Quantity(inStock)} of {Quantity(draft.Quantity)} are in stock {where}{freshness}; " +
                $"{Quantity(plan.Backordered)} will be backordered, earliest delivery {Date(backorder.EarliestDelivery)}.", draft.LineNumber, draft.Sku);
            yield break;
        }

        var elsewhere = draft.Warehouse is null ? "" : OtherStock(product, draft.Warehouse);
        yield return Error(Layer, FindingCodes.InsufficientStock,
            $"{LineRef(draft)}: only {Quantity(inStock)} of {Quantity(draft.Quantity)} are in stock {where}{freshness}, and {companyName} does not " +
            $"accept backorders. Order at most {Quantity(inStock)}{elsewhere}{(draft.Warehouse is null ? "" : ", or choose best available")}.",
            draft.LineNumber, draft.Sku, Field(draft, "quantity")) with { SuggestedQuantity = inStock > 0 ? inStock : null };
    }

    private static string OtherStock(ProductSummaryDto product, string chosen) =>
        product.Availability.Warehouses.Where(w => w.Quantity > 0 && !string.Equals(w.Warehouse, chosen, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(w => w.Quantity).FirstOrDefault() is { } other
            ? $", choose {other.WarehouseName} ({Quantity(other.Quantity)} in stock)"
            : "";

    private static decimal RoundUpToPack(decimal quantity, int pack) => Math.Ceiling(quantity / pack) * pack;

    private static string Field(DraftLine line, string field) => $"lines[{line.LineNumber - 1}].{field}";
}
