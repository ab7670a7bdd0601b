using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// Every change to a placed order (the ERP's changes, approvals, the buyer's cancellation) loads it with its row locked, in the
/// caller's transaction, so two changes to one order never interleave and each sees the other's result.
/// </summary>
internal static class OrderLocks
{
    /// <summary>The order with its row locked; its lines too when <paramref name="withLines"/> (a step that changes them or their prices).</summary>
    public static async Task<Order?> LoadForUpdateAsync(OrderingDbContext db, Guid orderId, CancellationToken cancellationToken, bool withLines = false)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An order is locked inside a transaction.");
        }

        var order = await db.Orders.FromSql($"SELECT * FROM ordering.orders WHERE id = {orderId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (order is not null && withLines)
        {
            await db.Entry(order).Collection(o => o.Lines).LoadAsync(cancellationToken);
        }

        return order;
    }
}
