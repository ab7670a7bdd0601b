using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Cart.Features.Carts;

internal static class CartProblems
{
    public static ProblemHttpResult Full() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The cart is full.",
        detail: $"A cart holds at most {CartLineValidation.MaxLines} lines, as many as one order. Order what is in it, or take lines out first.");
}
