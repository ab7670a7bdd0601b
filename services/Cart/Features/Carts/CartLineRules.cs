using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>What a cart line must look like to be kept: the shared line rules, plus a note and warehouse code that fit their columns.</summary>
internal static class CartLineRules
{
    public static Dictionary<string, string[]> Validate(string sku, SetCartLineRequest? request)
    {
        var errors = LineRules.Problems([new OrderLineRequest(sku, request?.Quantity ?? 0)], l => l.Sku, l => l.Quantity, prefix: "");
        if (request?.Note is { Length: > LineRules.MaxNoteLength })
        {
            errors["note"] = [$"A line note has at most {LineRules.MaxNoteLength} characters."];
        }

        if (request?.Warehouse is { } warehouse && (warehouse.Length > LineRules.MaxWarehouseLength || !warehouse.All(char.IsAsciiLetterOrDigit)))
        {
            errors["warehouse"] = ["Give a warehouse code like HAM, or none for best available."];
        }

        return errors;
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Warehouse(string? value) => Text(value)?.ToUpperInvariant();
}
