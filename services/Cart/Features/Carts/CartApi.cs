using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Cart.Data;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Carts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>
/// The account's cart. Whether a SKU may go into it is the BFF's check (the account's assortment, the same as everywhere
/// else); this service keeps the lines.
/// </summary>
internal static class CartApi
{
    public static RouteGroupBuilder MapCartApi(this RouteGroupBuilder cart)
    {
        cart.MapGet("/", GetAsync).WithName("GetCart").WithSummary("The account's current cart.");
        cart.MapPut("/lines/{sku}", SetLineAsync).WithName("SetCartLine").RequirePermission(AccountPermission.Purchase)
            .WithSummary("Puts a SKU in the cart with this quantity, or changes the quantity of its line.");
        cart.MapDelete("/lines/{sku}", RemoveLineAsync).WithName("RemoveCartLine").RequirePermission(AccountPermission.Purchase)
            .WithSummary("Takes a SKU out of the cart; taking out one that is not there changes nothing.");
        return cart;
    }

    private static async Task<Ok<CartDto>> GetAsync(Guid accountId, CartDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CartOf(accountId, db, cancellationToken));

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> SetLineAsync(
        Guid accountId, string sku, SetCartLineRequest? request, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CartLineValidation.Validate(sku, request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The cart line was not changed.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TouchAsync(accountId, db, clock, cancellationToken);
        var otherLines = await db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM cart.cart_lines WHERE account_id = {accountId} AND sku <> {sku}").SingleAsync(cancellationToken);
        if (otherLines >= CartLineValidation.MaxLines)
        {
            return CartProblems.Full();
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.cart_lines (account_id, sku, quantity) VALUES ({accountId}, {sku}, {request!.Quantity})
            ON CONFLICT (account_id, sku) DO UPDATE SET quantity = excluded.quantity
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartOf(accountId, db, cancellationToken));
    }

    private static async Task<Ok<CartDto>> RemoveLineAsync(
        Guid accountId, string sku, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Database.ExecuteSqlAsync($"DELETE FROM cart.cart_lines WHERE account_id = {accountId} AND sku = {sku}", cancellationToken) > 0)
        {
            await TouchAsync(accountId, db, clock, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartOf(accountId, db, cancellationToken));
    }

    /// <summary>Creates the cart or marks it changed; the row lock it takes keeps two changes to one cart in turn.</summary>
    private static Task TouchAsync(Guid accountId, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.carts (account_id, updated_at) VALUES ({accountId}, {clock.GetUtcNow()})
            ON CONFLICT (account_id) DO UPDATE SET updated_at = excluded.updated_at
            """, cancellationToken);

    private static async Task<CartDto> CartOf(Guid accountId, CartDbContext db, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
        return cart?.ToDto() ?? new CartDto(accountId, [], null);
    }
}
