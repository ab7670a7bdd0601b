using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>What a cart line must look like to be kept: the shared line rules, plus a note and warehouse code that fit their columns.</summary>
internal static class CartLineRules
{
    public static Dictionary<string, string[]> Validate(string sku, SetCartLineRequest? request)
    {
        var errors = LineRules.Problems([new OrderLineRequest(sku, request?.Quantity ?? 0)], l => l.Sku, l => l.Quantity, prefix: "");
        if (LineRules.NoteProblem(request?.Note) is { } noteProblem)
        {
            errors["note"] = [noteProblem];
        }

        if (LineRules.WarehouseProblem(request?.Warehouse) is { } warehouseProblem)
        {
            errors["warehouse"] = [warehouseProblem];
        }

        return errors;
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Warehouse(string? value) => Text(value)?.ToUpperInvariant();
}
