using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Order.Features.Orders;

internal static class OrderProblems
{
    public static ProblemHttpResult NotFound(Guid orderId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Order not found.",
        detail: $"There is no order {orderId} in this account.");

    public static ProblemHttpResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Idempotency-Key already used for a different order.",
        detail: "This Idempotency-Key was used earlier with different order contents. Send a new key for a new order, or repeat the original request unchanged.");
}
