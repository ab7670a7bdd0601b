using System.Globalization;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Quote.Features.Staging;

/// <summary>
/// The manufacturer's steps: take a request (or a renegotiation) into review, which starts the next revision from the last one
/// or from the buyer's current prices; edit that staged revision; send it; close a finished quote; write internal notes.
/// </summary>
internal static class SellerSteps
{
    public static async Task<Results<Ok<QuoteDto>, ProblemHttpResult>> ReviewAsync(
        Guid accountId, Guid quoteId, QuoteStepRequest request, HttpContext http, QuoteSteps steps, QuoteDbContext db, QuoteProducts products,
        CancellationToken cancellationToken)
    {
        if (await QuoteLocks.FindAsync(db, accountId, quoteId, cancellationToken) is not { } read || QuoteView.HiddenFrom(read, QuoteParties.Seller))
        {
            return QuoteProblems.NotFound(quoteId);
        }

        IEnumerable<(string, decimal)> basis = read.LastSent is { } sent ? sent.Lines.Select(l => (l.Sku, l.Quantity)) : read.Lines.Select(l => (l.Sku, l.Quantity));
        var priced = await products.LookUpAsync(accountId, basis, http.AccessToken(), cancellationToken);
        return await steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.InReview, "quote.review-started", Comment: Comment(request.Comment),
            AlreadyTaken: q => q.Status == QuoteStates.InReview,
            Apply: (quote, actor, now) => StartRevision(quote, actor, now, priced)), cancellationToken);
    }

    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> SendAsync(
        Guid accountId, Guid quoteId, SendQuoteRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Sent, "quote.sent", request.Revision,
            AlreadyTaken: q => q.Status == QuoteStates.Sent && q.LastSent?.Number == request.Revision,
            Apply: (quote, actor, now) => Send(quote, request.Revision, actor, now)), cancellationToken);

    public static Task<Results<Ok<QuoteDto>, ProblemHttpResult>> CloseAsync(
        Guid accountId, Guid quoteId, QuoteStepRequest request, HttpContext http, QuoteSteps steps, CancellationToken cancellationToken) =>
        steps.TakeAsync(http, accountId, quoteId, new QuoteStep(QuoteStates.Closed, "quote.closed", Comment: Comment(request.Comment),
            AlreadyTaken: q => q.Status == QuoteStates.Closed), cancellationToken);

    private static string? StartRevision(Quotes.Quote quote, QuoteActor actor, DateTimeOffset now, IReadOnlyList<PreviewLineDto> priced)
    {
        quote.HandledBySubject = actor.Subject;
        quote.HandledByName = actor.Name;
        quote.HandledByEmail = actor.Email;
        if (quote.Staged is null)
        {
            var last = quote.LastSent;
            var revision = new QuoteRevision
            {
                QuoteId = quote.Id, Number = (last?.Number ?? 0) + 1, StagedAt = now, StagedByName = actor.Name,
                Currency = last?.Currency ?? StagedLines.CurrencyOf(priced), Terms = last?.Terms,
            };
            revision.Price(StagedLines.Start(quote, priced), last?.DiscountPercent);
            quote.Revisions.Add(revision);
        }

        return null;
    }

    private static string? Send(Quotes.Quote quote, int number, QuoteActor actor, DateTimeOffset now)
    {
        if (quote.Staged is not { } staged || staged.Number != number)
        {
            return quote.Staged is { } other
                ? $"The staged revision of quote {quote.Number} is {other.Number}, not {number}: look at it again before sending."
                : $"Quote {quote.Number} has no staged revision {number} to send.";
        }

        if (staged.ValidUntil is null || staged.ExpiresAt <= now)
        {
            return $"Give revision {number} a validity date from today on before sending it.";
        }

        if (staged.Lines.Count == 0)
        {
            return $"Revision {number} has no lines to send.";
        }

        if (staged.Lines.FirstOrDefault(l => l.UnitPrice <= 0) is { } unpriced)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Line {unpriced.LineNumber} ({unpriced.Sku}) of revision {number} has no price yet.");
        }

        staged.SentAt = now;
        staged.SentByName = actor.Name;
        quote.ExpiresAt = staged.ExpiresAt;
        quote.AcceptedRevision = null;
        return null;
    }

    private static string? Comment(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
