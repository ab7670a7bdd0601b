using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Orders;

internal static class PlaceOrderValidation
{
    public const int MaxLines = 500;
    public const int MaxSkuLength = 64;
    public const int MaxPurchaseOrderLength = 35;
    public const int MaxIdempotencyKeyLength = 100;

    public static Dictionary<string, string[]> Validate(PlaceOrderRequest request, string? idempotencyKey)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Lines is null || request.Lines.Count == 0)
        {
            errors["lines"] = ["An order needs at least one line."];
        }
        else if (request.Lines.Count > MaxLines)
        {
            errors["lines"] = [$"An order can have at most {MaxLines} lines; split it into several orders."];
        }
        else
        {
            for (var i = 0; i < request.Lines.Count; i++)
            {
                var line = request.Lines[i];
                if (string.IsNullOrWhiteSpace(line?.Sku) || line.Sku.Length > MaxSkuLength)
                {
                    errors[$"lines[{i}].sku"] = [$"Line {i + 1}: enter a SKU of 1 to {MaxSkuLength} characters."];
                }

                if (line is null || line.Quantity <= 0 || line.Quantity > 1_000_000)
                {
                    errors[$"lines[{i}].quantity"] = [$"Line {i + 1}: the quantity must be more than 0 and at most 1,000,000."];
                }
            }
        }

        if (request.PurchaseOrderNumber is { Length: > MaxPurchaseOrderLength })
        {
            errors["purchaseOrderNumber"] = [$"A purchase-order reference has at most {MaxPurchaseOrderLength} characters."];
        }

        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            errors["Idempotency-Key"] = [$"The Idempotency-Key header must have 1 to {MaxIdempotencyKeyLength} characters."];
        }

        return errors;
    }
}
