using B2BPortal.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Cart.Features.Carts;

internal static class CartProblems
{
    public static ProblemHttpResult Full(int lines) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The cart is full.",
        detail: $"A cart holds at most {LineRules.MaxLines:#,0} lines, as many as one order; this change would make {lines:#,0}. " +
                "Order what is in it, or take lines out first. Nothing was changed.");

    public static ProblemHttpResult QuantityTooLarge(string sku) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Quantity too large.",
        detail: $"Adding this to the line of {sku} already in the cart would pass {LineRules.MaxQuantity:#,0}. Nothing was changed.");
}
