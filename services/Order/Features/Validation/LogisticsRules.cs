using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Logistics;
using static B2BPortal.Order.Features.Validation.Findings;

namespace B2BPortal.Order.Features.Validation;

/// <summary>
/// Layer 4, logistics: the chosen warehouse exists and ships to the address's country (best available picks those that do,
/// splitting a line when one warehouse lacks stock); the requested date leaves the lead time; quantities beyond a pallet are
/// best ordered as whole pallets.
/// </summary>
internal static class LogisticsRules
{
    private const string Layer = FindingLayers.Logistics;

    public static IEnumerable<OrderFindingDto> CheckLine(CheckedLine line, string? country, LogisticsOptions options)
    {
        var draft = line.Draft;
        if (line is not { Product: { } product, Plan: { } plan })
        {
            yield break;
        }

        var at = LineRef(draft);
        switch (plan.Problem)
        {
            case Allocator.UnknownWarehouse:
                yield return Error(Layer, FindingCodes.UnknownWarehouse,
                    $"{at}: there is no warehouse {draft.Warehouse}. Choose one of {Known(options)}, or best available.", draft.LineNumber, draft.Sku,
                    $"lines[{draft.LineNumber - 1}].warehouse");
                yield break;
            case Allocator.CannotShip:
                var alternatives = options.Warehouses.Where(w => country is not null && w.Value.TransitTo(country) is not null).Select(w => w.Value.Name).ToList();
                yield return Error(Layer, FindingCodes.WarehouseCannotShip,
                    $"{at}: {options.Find(draft.Warehouse)!.Name} does not ship to {Country(country!)}. " +
                    (alternatives.Count == 0 ? "Choose best available." : $"Choose {string.Join(" or ", alternatives)}, or best available."),
                    draft.LineNumber, draft.Sku, $"lines[{draft.LineNumber - 1}].warehouse");
                yield break;
            case Allocator.NoLane:
                yield return Error(Layer, FindingCodes.NoWarehouseShipsThere,
                    $"{at}: none of our warehouses ships to {Country(country!)}. Choose another ship-to address, or call your account manager.",
                    draft.LineNumber, draft.Sku);
                yield break;
        }

        var shipped = plan.Allocations.Where(a => !a.Backorder).ToList();
        if (shipped.Count > 1)
        {
            yield return Warning(Layer, FindingCodes.SplitShipment,
                $"{at} ships from {shipped.Count} warehouses: " +
                string.Join(", ", shipped.Select(a => $"{Quantity(a.Quantity)} from {a.WarehouseName} (earliest {Date(a.EarliestDelivery)})")) + ".",
                draft.LineNumber, draft.Sku);
        }

        if (product.PalletQuantity > 0 && draft.Quantity > product.PalletQuantity && draft.Quantity % product.PalletQuantity != 0)
        {
            var pallets = Math.Ceiling(draft.Quantity / product.PalletQuantity);
            yield return Warning(Layer, FindingCodes.PartialPallet,
                $"{at}: {Quantity(draft.Quantity)} {product.UnitOfMeasure} is {Quantity(Math.Round(draft.Quantity / product.PalletQuantity, 2))} pallets of " +
                $"{product.PalletQuantity}; {Quantity(pallets * product.PalletQuantity)} fills {Quantity(pallets)} whole pallets and ships more safely.",
                draft.LineNumber, draft.Sku, $"lines[{draft.LineNumber - 1}].quantity") with { SuggestedQuantity = pallets * product.PalletQuantity };
        }
    }

    /// <summary>The requested date against the latest earliest delivery of every line.</summary>
    public static IEnumerable<OrderFindingDto> CheckDate(
        OrderDraft draft, IReadOnlyList<CheckedLine> lines, string? city, string? country, bool allowBackorders)
    {
        if (draft.RequestedDeliveryDate is not { } requested)
        {
            yield break;
        }

        // A shortfall that may not be backordered is already an error of its own; its date says nothing more.
        var allocations = lines.Where(l => l.Plan is { Problem: null } plan && (allowBackorders || plan.Backordered == 0))
            .SelectMany(l => l.Plan!.Allocations.Select(a => (Line: l.Draft, Allocation: a)))
            .ToList();
        if (allocations.Count == 0)
        {
            yield break;
        }

        var latest = allocations.MaxBy(x => x.Allocation.EarliestDelivery);
        if (latest.Allocation is { } allocation && allocation.EarliestDelivery > requested)
        {
            var why = allocation.Backorder ? "waiting for stock" : $"from {allocation.WarehouseName}";
            yield return Error(Layer, FindingCodes.RequestedDateTooEarly,
                $"The earliest delivery to {city}{(country is null ? "" : $", {Country(country)}")} is {Date(allocation.EarliestDelivery)} " +
                $"({LineRef(latest.Line)} {why}), after the requested {Date(requested)}. Ask for {Date(allocation.EarliestDelivery)} or later.",
                field: "requestedDeliveryDate") with { SuggestedDate = allocation.EarliestDelivery };
        }
    }

    private static string Known(LogisticsOptions options) => string.Join(", ", options.Warehouses.Select(w => $"{w.Key} ({w.Value.Name})"));
}
