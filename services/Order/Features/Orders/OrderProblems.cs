using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.Order.Features.Orders;

internal static class OrderProblems
{
    public static ProblemDetails NotFound(Guid orderId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Order not found.",
        Detail = $"There is no order {orderId} in this account.",
    };

    public static ProblemDetails IdempotencyKeyReused() => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Idempotency-Key already used for a different order.",
        Detail = "This Idempotency-Key was used earlier with different order contents. Send a new key for a new order, or repeat the original request unchanged.",
    };
}
