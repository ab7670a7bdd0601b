using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Orders;

internal static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder orders)
    {
        orders.MapPost("/", PlaceOrderHandler.HandleAsync).WithName("PlaceOrder").WithSummary("Places an order with a purchase-order reference; it is sent to the ERP and its status follows from there. Send an Idempotency-Key header to retry without placing it twice.").RequirePermission(AccountPermission.Purchase);
        orders.MapGet("/{orderId:guid}", GetOrderAsync).WithName("GetOrder").WithSummary("One order with its lines and ERP status.");
        orders.MapGet("/", ListOrdersAsync).WithName("ListOrders").WithSummary("The account's orders, newest first.");
        return orders;
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetOrderAsync(
        Guid accountId, Guid orderId, OrderingDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && o.AccountId == accountId, cancellationToken);
        return order is null
            ? OrderProblems.NotFound(orderId)
            : TypedResults.Ok(order.ToDto());
    }

    private static async Task<Ok<List<OrderDto>>> ListOrdersAsync(
        Guid accountId, OrderingDbContext db, CancellationToken cancellationToken, int take = 50)
    {
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.AccountId == accountId)
            .OrderByDescending(o => o.SubmittedAt)
            .Take(Math.Clamp(take, 1, 200))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(orders.Select(o => o.ToDto()).ToList());
    }
}
