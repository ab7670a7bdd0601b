using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Cart.Data;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>
/// The caller's own cart for the account. Whether a SKU may go into it is the BFF's check when a line is set (the account's
/// assortment, the same as everywhere else) and the Order service's when the cart is viewed, imported into or ordered.
/// </summary>
internal static class CartApi
{
    public static RouteGroupBuilder MapCartApi(this RouteGroupBuilder cart)
    {
        cart.MapGet("/", GetAsync)
            .WithName("GetCart")
            .WithSummary("The caller's cart for the account: its lines with quantity, note and warehouse, and its version.");
        cart.MapDelete("/", ClearAsync)
            .WithName("ClearCart")
            .WithSummary("Empties the caller's cart.")
            .RequirePermission(AccountPermission.Purchase);
        cart.MapPut("/lines/{sku}", SetLineAsync)
            .WithName("SetCartLine")
            .WithSummary("Puts a SKU in the cart with this quantity, note and warehouse, or changes its line to them.")
            .RequirePermission(AccountPermission.Purchase);
        cart.MapDelete("/lines/{sku}", RemoveLineAsync)
            .WithName("RemoveCartLine")
            .WithSummary("Takes a SKU out of the cart; taking out one that is not there changes nothing.")
            .RequirePermission(AccountPermission.Purchase);
        return cart;
    }

    public static string Owner(HttpContext http) =>
        PortalCaller.From(http.User)?.Subject ?? throw new InvalidOperationException("Account-scoped endpoints have an authenticated caller.");

    private static async Task<Ok<CartDto>> GetAsync(Guid accountId, HttpContext http, CartDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CartStore.ReadAsync(db, accountId, Owner(http), cancellationToken));

    private static async Task<Results<Ok<CartDto>, ValidationProblem, ProblemHttpResult>> SetLineAsync(
        Guid accountId, string sku, SetCartLineRequest? request, HttpContext http, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CartLineRules.Validate(sku, request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The cart line was not changed.");
        }

        var owner = Owner(http);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CartStore.TouchAsync(db, accountId, owner, now, cancellationToken);
        var line = new LineChange(sku, request!.Quantity, CartLineRules.Text(request.Note), CartLineRules.Warehouse(request.Warehouse));
        await CartStore.SetLineAsync(db, accountId, owner, line, now, cancellationToken);
        if (await CartStore.CountLinesAsync(db, accountId, owner, cancellationToken) is var count and > LineRules.MaxLines)
        {
            return CartProblems.Full(count);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartStore.ReadAsync(db, accountId, owner, cancellationToken));
    }

    private static async Task<Ok<CartDto>> RemoveLineAsync(
        Guid accountId, string sku, HttpContext http, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var owner = Owner(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CartStore.TouchAsync(db, accountId, owner, clock.GetUtcNow(), cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM cart.cart_lines WHERE account_id = {accountId} AND owner = {owner} AND sku = {sku}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartStore.ReadAsync(db, accountId, owner, cancellationToken));
    }

    private static async Task<Ok<CartDto>> ClearAsync(Guid accountId, HttpContext http, CartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var owner = Owner(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CartStore.TouchAsync(db, accountId, owner, clock.GetUtcNow(), cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM cart.cart_lines WHERE account_id = {accountId} AND owner = {owner}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartStore.ReadAsync(db, accountId, owner, cancellationToken));
    }
}
