using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Orders;

internal static class OrderQueries
{
    /// <summary>An order with everything its answer shows (lines and history), read without tracking.</summary>
    public static Task<Order?> FindAsync(OrderingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.History).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
}
