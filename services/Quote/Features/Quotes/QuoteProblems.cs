using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Quote.Features.Quotes;

internal static class QuoteProblems
{
    public static ProblemHttpResult NotFound(Guid quoteId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Quote not found.",
        detail: $"There is no quote {quoteId} in this account.");

    /// <summary>A step the quote's state (or the caller's side) does not allow; the detail names the state.</summary>
    public static ProblemHttpResult Refused(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The quote cannot take this step.",
        detail: detail);

    public static ProblemHttpResult NotYourSide(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "This step is the other party's.",
        detail: detail);

    public static ProblemHttpResult IdempotencyKeyMissing(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Idempotency-Key required.",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["field"] = "Idempotency-Key" });

    public static ProblemHttpResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Idempotency-Key already used for a different request.",
        detail: "This Idempotency-Key was used earlier with a different request for quotation. Send a new key for a new request, or repeat the original unchanged.");
}
