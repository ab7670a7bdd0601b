using B2BPortal.Cart.Data;
using B2BPortal.Contracts.Carts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Features.Carts;

internal static class CartApi
{
    public static RouteGroupBuilder MapCartApi(this RouteGroupBuilder cart)
    {
        cart.MapGet("/", GetAsync).WithName("GetCart").WithSummary("The account's current cart.");
        return cart;
    }

    private static async Task<Ok<CartDto>> GetAsync(Guid accountId, CartDbContext db, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
        return TypedResults.Ok(cart?.ToDto() ?? new CartDto(accountId, [], null));
    }
}
