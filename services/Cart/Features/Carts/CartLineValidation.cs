using B2BPortal.Contracts.Carts;

namespace B2BPortal.Cart.Features.Carts;

internal static class CartLineValidation
{
    public const int MaxLines = 500;
    public const int MaxSkuLength = 64;
    public const decimal MaxQuantity = 1_000_000m;

    public static Dictionary<string, string[]> Validate(string sku, SetCartLineRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(sku) || sku.Length > MaxSkuLength || sku.Trim() != sku)
        {
            errors["sku"] = [$"Give a SKU of 1 to {MaxSkuLength} characters without spaces around it, like PMP-1001."];
        }

        if (request is null || request.Quantity <= 0 || request.Quantity > MaxQuantity || decimal.Round(request.Quantity, 3) != request.Quantity)
        {
            errors["quantity"] = [$"The quantity must be more than 0 and at most {MaxQuantity:#,0}, with at most 3 decimals."];
        }

        return errors;
    }
}
