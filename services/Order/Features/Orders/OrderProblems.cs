using System.Globalization;
using B2BPortal.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Order.Features.Orders;

internal static class OrderProblems
{
    public static ProblemHttpResult NotFound(Guid orderId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Order not found.",
        detail: $"There is no order {orderId} in this account.");

    public static ProblemHttpResult IdempotencyKeyMissing(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Idempotency-Key required.",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["field"] = "Idempotency-Key" });

    public static ProblemHttpResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Idempotency-Key already used for a different order.",
        detail: "This Idempotency-Key was used earlier with different order contents. Send a new key for a new order, or repeat the original request unchanged.");

    /// <summary>422 with every finding, errors and warnings, so a buyer or a partner system sees all that stands in the way at once.</summary>
    public static ProblemHttpResult Refused(IReadOnlyList<OrderFindingDto> findings)
    {
        var errors = findings.Where(f => f.Severity == FindingSeverities.Error).ToList();
        var count = errors.Count == 1 ? "1 problem needs" : $"{errors.Count.ToString(CultureInfo.InvariantCulture)} problems need";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The order was not placed.",
            detail: $"{count} your attention before the order can be placed. First: {errors[0].Message}",
            extensions: new Dictionary<string, object?> { ["findings"] = findings });
    }

    public static ProblemHttpResult CartChanged(int reviewed, int current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The cart changed.",
        detail: $"Your cart changed after you reviewed it (version {reviewed.ToString(CultureInfo.InvariantCulture)}, now " +
                $"{current.ToString(CultureInfo.InvariantCulture)}): another tab or a colleague using your sign-in may have changed it. " +
                "Review the cart again, then check out.");

    public static ProblemHttpResult CartAlreadyOrdered(string orderNumber) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This cart was already ordered.",
        detail: $"This version of your cart was already ordered as {orderNumber}. Open that order, or change the cart to order again.");

    public static ProblemHttpResult QuoteAlreadyOrdered(string quoteNumber, string orderNumber) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This quote was already ordered.",
        detail: $"Quote {quoteNumber} was already ordered as {orderNumber}; a quote is ordered once. Open that order, or ask for a new quote.");

    /// <summary>The quote cannot be ordered as it stands (not accepted, another revision, expired); the detail says why.</summary>
    public static ProblemHttpResult QuoteNotOrderable(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The quote cannot be ordered.",
        detail: detail);

    public static ProblemHttpResult QuoteNotFound(Guid quoteId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Quote not found.",
        detail: $"There is no quote {quoteId} in this account.");

    public static ProblemHttpResult CannotCancel(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The order cannot be cancelled.",
        detail: detail);
}
