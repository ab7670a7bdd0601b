using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Cart.Data;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>
/// A cart that was checked out is emptied once the order is placed (whether it goes to the ERP at once or waits for approval),
/// if it is still the version that was ordered. A cart changed since (in another tab, say) is left as the buyer made it. Orders
/// from the API leave carts alone.
/// </summary>
public sealed class OrderPlacedConsumer(CartDbContext db, TimeProvider clock) : InboxConsumer<OrderPlaced, CartDbContext>(db)
{
    protected override bool Concerns(OrderPlaced order) => order is { Source: OrderSources.Cart, PlacedBy: not null, CartVersion: not null };

    protected override async Task HandleAsync(ConsumeContext<OrderPlaced> context, CancellationToken cancellationToken)
    {
        var order = context.Message;
        var (owner, version) = (order.PlacedBy!, order.CartVersion!.Value);

        var emptied = await Db.Database.ExecuteSqlAsync($"""
            UPDATE cart.carts SET version = version + 1, updated_at = {clock.GetUtcNow()}
            WHERE account_id = {order.AccountId} AND owner = {owner} AND version = {version}
            """, cancellationToken);
        if (emptied > 0)
        {
            await Db.Database.ExecuteSqlAsync(
                $"DELETE FROM cart.cart_lines WHERE account_id = {order.AccountId} AND owner = {owner}", cancellationToken);
        }
    }
}
