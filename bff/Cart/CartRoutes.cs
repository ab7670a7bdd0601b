using B2BPortal.Bff.Api;
using B2BPortal.Bff.Catalog;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using Microsoft.Extensions.Options;
using Refit;

namespace B2BPortal.Bff.Cart;

/// <summary>
/// The cart as the buyer sees it is composed here: Cart's lines, checked by the Order service as a draft order (each line's
/// product, price, stock and findings, the totals and the credit). Putting a SKU in the cart is composed too: a SKU outside the
/// account's assortment answers exactly like an unknown one (404). The rest of the cart (removing lines, imports) is proxied.
/// </summary>
internal static class CartRoutes
{
    private static readonly MissingPartDto ChecksMissing =
        new("checks", "Prices, stock and the order checks could not be fetched just now, so the cart shows its lines only. Try again in a moment.");

    public static IEndpointRouteBuilder MapCartRoutes(this IEndpointRouteBuilder app)
    {
        var cart = app.MapComposedAccountGroup("Cart");
        cart.MapGet("/cart", GetCartAsync)
            .WithName("GetCart")
            .Produces<CartViewDto>()
            .WithSummary("The caller's cart: its lines, each with product, contract price, stock per warehouse and findings, the totals and the credit.")
            .WithDescription("checks=false leaves the checks out (for a line count). Findings that would stop the order are shown as warnings here.");
        cart.MapPut("/cart/lines/{sku}", SetLineAsync)
            .WithName("SetCartLine")
            .Produces<CartDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Puts a product of the account's catalog in the caller's cart with this quantity, note and warehouse, or changes its line.");
        return app;
    }

    private static async Task<IResult> GetCartAsync(
        Guid accountId, HttpContext http, ICartApi carts, IOrderServiceApi orders, IOptions<CompositionOptions> options, bool checks = true)
    {
        var token = ComposedRoutes.AccessTokenOf(http);
        var cart = await Downstream.CallAsync("Cart", options.Value.RequiredTimeout, t => carts.GetCartAsync(accountId, token, t), http.RequestAborted);
        if (!checks || cart.Lines.Count == 0)
        {
            return TypedResults.Ok(new CartViewDto(cart, null, []));
        }

        var draft = new PlaceOrderRequest([.. cart.Lines.Select(l => new OrderLineRequest(l.Sku, l.Quantity, l.Note, l.Warehouse))]);
        try
        {
            var preview = await Downstream.CallAsync("Order", options.Value.RequiredTimeout,
                t => orders.PreviewAsync(accountId, draft, draft: true, token, t), http.RequestAborted);
            return TypedResults.Ok(new CartViewDto(cart, preview, []));
        }
        catch (Exception exception) when (exception is ServiceUnavailableException or ApiException)
        {
            return TypedResults.Ok(new CartViewDto(cart, null, [ChecksMissing]));
        }
    }

    private static async Task<IResult> SetLineAsync(
        Guid accountId, string sku, SetCartLineRequest? request, HttpContext http, AccountCatalog catalog, ICartApi cart, IOptions<CompositionOptions> options)
    {
        var token = ComposedRoutes.AccessTokenOf(http);
        if (!await catalog.IsVisibleAsync(accountId, sku, token, http.RequestAborted))
        {
            return CatalogAnswers.ProductNotFound(sku);
        }

        try
        {
            return TypedResults.Ok(await Downstream.CallAsync("Cart", options.Value.RequiredTimeout,
                t => cart.SetLineAsync(accountId, sku, request ?? new SetCartLineRequest(0), token, t), http.RequestAborted));
        }
        catch (ApiException exception) when ((int)exception.StatusCode is >= 400 and < 500)
        {
            return Downstream.Relay(exception);
        }
    }
}
