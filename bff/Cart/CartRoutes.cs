using B2BPortal.Bff.Api;
using B2BPortal.Bff.Catalog;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Carts;
using Microsoft.Extensions.Options;
using Refit;

namespace B2BPortal.Bff.Cart;

/// <summary>
/// Putting a SKU in the cart is composed here rather than proxied: a SKU outside the account's assortment answers exactly
/// like an unknown one (404), as it does in search, product pages and prices. The rest of the cart is proxied to Cart.
/// </summary>
internal static class CartRoutes
{
    public static IEndpointRouteBuilder MapCartRoutes(this IEndpointRouteBuilder app)
    {
        app.MapComposedAccountGroup("Cart")
            .MapPut("/cart/lines/{sku}", SetLineAsync).WithName("SetCartLine").Produces<CartDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Puts a product of the account's catalog in its cart with this quantity, or changes the quantity of its line.");
        return app;
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
