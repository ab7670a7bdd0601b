using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace B2BPortal.Order.Features.Lifecycle;

/// <summary>
/// Publishes <see cref="OrderStatusChanged"/> for every step an order's history gains, in the save that records the step: however
/// the order moved (a buyer, an approver, the ERP's feed, the expiry timer), the step and its event commit together.
/// </summary>
internal sealed class OrderStepEvents(IServiceProvider services) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Publish(DbContext? context)
    {
        if (context is not OrderingDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var steps = db.ChangeTracker.Entries<OrderHistoryEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        var orders = db.ChangeTracker.Entries<Orders.Order>().Select(e => e.Entity).ToDictionary(o => o.Id);
        foreach (var step in steps.OrderBy(s => s.At))
        {
            if (orders.TryGetValue(step.OrderId, out var order))
            {
                OutboxWrites.Add(db, services, new OrderStatusChanged
                {
                    AccountId = order.AccountId, CompanyId = order.CompanyId, CorrelationId = order.Id, OccurredAt = step.At, OrderId = order.Id,
                    OrderNumber = order.Number, PurchaseOrderNumber = order.PurchaseOrderNumber, ErpOrderNumber = order.ErpOrderNumber, Kind = step.Kind,
                    Axis = step.Axis, From = step.FromState, To = step.ToState, Detail = step.Detail, ProcessStatus = order.ProcessStatus,
                    ValidationStatus = order.ValidationStatus, PaymentStatus = order.PaymentStatus,
                });
            }
        }
    }
}
