using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>POST …/orders</c>: a partner system (or any caller) sends the order's lines and header; the four layers check it and
/// it is placed, or refused with every finding. <c>POST …/orders/checkout</c> does the same with the caller's cart.
/// </summary>
internal static class PlaceOrderHandler
{
    public static async Task<Results<Created<OrderDto>, Ok<OrderDto>, ProblemHttpResult>> HandleAsync(
        Guid accountId, PlaceOrderRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http,
        OrderPlacement placement, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Problem(idempotencyKey) is { } keyProblem)
        {
            return OrderProblems.IdempotencyKeyMissing(keyProblem);
        }

        var draft = OrderDraft.From(request);
        var asked = new Placement(accountId, http.ActingFor(), Caller(http), http.AccessToken(), idempotencyKey!, IdempotencyKeys.HashOf(draft), draft,
            OrderSources.Api);
        var result = await placement.ReplayAsync(asked, cancellationToken) ?? await placement.PlaceAsync(asked, cancellationToken);
        return Answer(result, accountId, http);
    }

    public static Results<Created<OrderDto>, Ok<OrderDto>, ProblemHttpResult> Answer(PlacementResult result, Guid accountId, HttpContext http)
    {
        switch (result)
        {
            case PlacementResult.Placed placed:
                return TypedResults.Created($"/api/v1/accounts/{accountId}/orders/{placed.Order.Id}", placed.Order.ToDto());
            case PlacementResult.Replayed replayed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Ok(replayed.Order.ToDto());
            case PlacementResult.KeyReused:
                return OrderProblems.IdempotencyKeyReused();
            case PlacementResult.Refused refused:
                return OrderProblems.Refused(refused.Findings);
            case PlacementResult.CartAlreadyOrdered ordered:
                return OrderProblems.CartAlreadyOrdered(ordered.OrderNumber);
            case PlacementResult.QuoteAlreadyOrdered quote:
                return OrderProblems.QuoteAlreadyOrdered(quote.QuoteNumber, quote.OrderNumber);
            default:
                throw new InvalidOperationException($"Unknown placement result {result.GetType().Name}.");
        }
    }

    public static PortalCaller Caller(HttpContext http) =>
        PortalCaller.From(http.User) ?? throw new InvalidOperationException("Account-scoped endpoints have an authenticated caller.");
}
