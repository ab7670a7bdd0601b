using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Quote.Features.Requests;

/// <summary>
/// The buying company's steps: submit a draft, answer a sent revision (accept, decline, ask to renegotiate), withdraw the request.
/// An answer names the revision the buyer read, so nobody accepts a revision they did not see; a repeated answer changes nothing.
/// </summary>
internal static class BuyerSteps
{
    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> SubmitAsync(
        Guid accountId, Guid quoteId, QuoteStepRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Submitted, "quote.submitted", Comment: Comment(request.Comment),
            AlreadyTaken: q => q.Status == QuoteStates.Submitted), cancellationToken);

    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> AcceptAsync(
        Guid accountId, Guid quoteId, QuoteAnswerRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Accepted, "quote.accepted", request.Revision, Comment(request.Comment),
            AlreadyTaken: q => q.Status is QuoteStates.Accepted or QuoteStates.Ordered && q.AcceptedRevision == request.Revision,
            Apply: (quote, _, now) => AnswersLatest(quote, request.Revision) ?? StillValid(quote, now) ?? Accept(quote, request.Revision)), cancellationToken);

    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> DeclineAsync(
        Guid accountId, Guid quoteId, QuoteAnswerRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Declined, "quote.declined", request.Revision, Comment(request.Comment),
            AlreadyTaken: q => q.Status == QuoteStates.Declined && q.LastSent?.Number == request.Revision,
            Apply: (quote, _, _) => AnswersLatest(quote, request.Revision) ?? StopExpiring(quote)), cancellationToken);

    /// <summary>A counter-request: on a sent revision, or on one that expired; the comment says what should change.</summary>
    public static async Task<Results<Ok<QuoteDto>, ProblemHttpResult>> RenegotiateAsync(
        Guid accountId, Guid quoteId, QuoteAnswerRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Comment)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The renegotiation was not asked.",
                detail: "Say what should change, so the account manager can price it again.", extensions: new Dictionary<string, object?> { ["field"] = "comment" })
            : await steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.RenegotiationRequested, "quote.renegotiation-requested",
                request.Revision, Comment(request.Comment),
                AlreadyTaken: q => q.Status == QuoteStates.RenegotiationRequested && q.LastSent?.Number == request.Revision,
                Apply: (quote, _, _) => AnswersLatest(quote, request.Revision) ?? StopExpiring(quote)), cancellationToken);

    /// <summary>Either party takes the quote back: the buyer their request before accepting, the seller a revision the buyer has not answered.</summary>
    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> WithdrawAsync(
        Guid accountId, Guid quoteId, QuoteStepRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Withdrawn, "quote.withdrawn", Comment: Comment(request.Comment),
            AlreadyTaken: q => q.Status == QuoteStates.Withdrawn, Apply: (quote, _, _) => StopExpiring(quote)), cancellationToken);

    private static string? AnswersLatest(Quotes.Quote quote, int revision) =>
        quote.LastSent is { } latest && latest.Number == revision ? null
        : quote.LastSent is { } newer ? $"Revision {revision} is not the latest of quote {quote.Number}: revision {newer.Number} is. Read it and answer that one."
        : $"Quote {quote.Number} has no revision {revision}.";

    private static string? StillValid(Quotes.Quote quote, DateTimeOffset now) =>
        quote.ExpiresAt is { } expires && expires <= now
            ? $"Revision {quote.LastSent!.Number} of quote {quote.Number} was valid until {quote.LastSent.ValidUntil:yyyy-MM-dd}. Ask to renegotiate it instead."
            : null;

    private static string? Accept(Quotes.Quote quote, int revision)
    {
        quote.AcceptedRevision = revision;
        return null;
    }

    private static string? StopExpiring(Quotes.Quote quote)
    {
        quote.ExpiresAt = null;
        quote.AcceptedRevision = null;
        return null;
    }

    private static string? Comment(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
