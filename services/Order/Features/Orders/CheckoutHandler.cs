using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>POST …/orders/checkout</c>: the caller's own cart, read from the Cart service with the caller's token (never taken from the
/// request), becomes an order with the header sent. A repeat with the same key answers the first order even after the cart
/// was emptied; a cart version is ordered at most once; a cart changed since the buyer reviewed it is not ordered.
/// </summary>
internal static class CheckoutHandler
{
    public static async Task<Results<Created<OrderDto>, Ok<OrderDto>, ProblemHttpResult>> HandleAsync(
        Guid accountId, CheckoutRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http,
        OrderPlacement placement, ICartApi carts, IOptions<DownstreamOptions> downstream, CancellationToken cancellationToken)
    {
        if (IdempotencyKeys.Problem(idempotencyKey) is { } keyProblem)
        {
            return OrderProblems.IdempotencyKeyMissing(keyProblem);
        }

        var token = http.AccessToken();
        var caller = PlaceOrderHandler.Caller(http);
        var hash = IdempotencyKeys.HashOf(request);
        var empty = new OrderDraft(null, null, null, null, []);
        var asked = new Placement(accountId, http.ActingFor(), caller, token, idempotencyKey!, hash, empty, OrderSources.Cart);
        if (await placement.ReplayAsync(asked, cancellationToken) is { } replayed)
        {
            return PlaceOrderHandler.Answer(replayed, accountId, http);
        }

        var cart = await Downstream.CallAsync("Cart", downstream.Value.Timeout, t => carts.GetCartAsync(accountId, token, t), cancellationToken);
        if (request.CartVersion is { } reviewed && reviewed != cart.Version)
        {
            return OrderProblems.CartChanged(reviewed, cart.Version);
        }

        if (cart.Lines.Count == 0)
        {
            return OrderProblems.Refused([Findings.Error(FindingLayers.DataIntegrity, FindingCodes.LinesRequired,
                "Your cart is empty, so there is nothing to order. Add products to the cart first.", field: "lines")]);
        }

        var result = await placement.PlaceAsync(asked with { Draft = OrderDraft.From(request, cart), CartVersion = cart.Version }, cancellationToken);
        return PlaceOrderHandler.Answer(result, accountId, http);
    }
}
