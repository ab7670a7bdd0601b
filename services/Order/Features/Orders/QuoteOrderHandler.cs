using System.Diagnostics;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Order.Features.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Refit;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>POST …/orders/from-quote</c>: an accepted, unexpired quote becomes an order at its prices. The quote is read from the Quote
/// service with the caller's token (never from the request), and the order goes through the same four checks and approval rules
/// as a cart. A quote is ordered at most once, whoever asks and under whatever key (the orders' unique index on the quote).
/// </summary>
internal static class QuoteOrderHandler
{
    public static async Task<Results<Created<OrderDto>, Ok<OrderDto>, ProblemHttpResult>> HandleAsync(
        Guid accountId, QuoteOrderRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http,
        OrderPlacement placement, IQuoteApi quotes, TimeProvider clock, IOptions<DownstreamOptions> downstream, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Problem(idempotencyKey) is { } keyProblem)
        {
            return OrderProblems.IdempotencyKeyMissing(keyProblem);
        }

        Activity.Current?.SetTag("quote.id", request.QuoteId.ToString());
        var token = http.AccessToken();
        var empty = new OrderDraft(null, null, null, null, []);
        var asked = new Placement(accountId, http.ActingFor(), PlaceOrderHandler.Caller(http), token, idempotencyKey!, IdempotencyKeys.HashOf(request), empty,
            OrderSources.Quote);
        if (await placement.ReplayAsync(asked, cancellationToken) is { } replayed)
        {
            return PlaceOrderHandler.Answer(replayed, accountId, http);
        }

        QuoteDto quote;
        try
        {
            quote = await Downstream.CallAsync("Quote", downstream.Value.Timeout, t => quotes.GetQuoteAsync(accountId, request.QuoteId, token, t), cancellationToken);
        }
        catch (ApiException exception) when (Downstream.IsNotFound(exception))
        {
            return OrderProblems.QuoteNotFound(request.QuoteId);
        }

        if (quote.OrderNumber is { } ordered)
        {
            return OrderProblems.QuoteAlreadyOrdered(quote.Number, ordered);
        }

        if (Refusal(quote, request.Revision, clock.GetUtcNow()) is { } refusal)
        {
            return OrderProblems.QuoteNotOrderable(refusal);
        }

        var revision = quote.Revisions.Single(r => r.Number == request.Revision);
        var draft = OrderDraft.From(request, quote, revision);
        var result = await placement.PlaceAsync(asked with { Draft = draft, Quote = QuotedPrices.From(quote, revision) }, cancellationToken);
        return PlaceOrderHandler.Answer(result, accountId, http);
    }

    private static string? Refusal(QuoteDto quote, int revision, DateTimeOffset now) =>
        quote.Status != QuoteStates.Accepted
            ? $"Quote {quote.Number} is {quote.Label}: only an accepted quote can be ordered."
            : quote.AcceptedRevision != revision
                ? $"Revision {quote.AcceptedRevision} of quote {quote.Number} was accepted, not revision {revision}."
                : quote.ExpiresAt is { } expires && expires <= now
                    ? $"Quote {quote.Number} ran out at {expires:yyyy-MM-dd HH:mm} UTC. Ask to renegotiate it."
                    : null;
}
