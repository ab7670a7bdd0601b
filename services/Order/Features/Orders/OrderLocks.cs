using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// Every change to a placed order (the ERP's changes, approvals, the buyer's cancellation) loads it with its row locked, in the
/// caller's transaction, so two changes to one order never interleave and each sees the other's result.
/// </summary>
internal static class OrderLocks
{
    public static async Task<Order?> LoadForUpdateAsync(OrderingDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An order is locked inside a transaction.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM ordering.orders WHERE id = {orderId} FOR UPDATE", cancellationToken);
        return await db.Orders.Include(o => o.Lines).AsSplitQuery().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }
}
