using System.Diagnostics;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Order.Data;
using MassTransit;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>Applies a change the ERP made to an order's sales order (confirmation, allocation, shipments, invoices, payments).</summary>
public sealed class ErpSalesOrderChangedConsumer(OrderingDbContext db, ErpChangeApplier applier)
    : InboxConsumer<ErpSalesOrderChanged, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpSalesOrderChanged> context, CancellationToken cancellationToken)
    {
        var change = context.Message;
        Activity.Current?.SetTag("order.id", change.OrderId).SetTag("order.number", change.OrderNumber).SetTag("account.id", change.AccountId)
            .SetTag("erp.order_number", change.ErpOrderNumber).SetTag("erp.change", change.Kind).SetTag("erp.change.sequence", change.Sequence);
        await applier.ApplyAsync(change, cancellationToken);
        OrderMetrics.ErpChangeApplied(change.Kind, DateTimeOffset.UtcNow - change.ChangedAt);
    }
}
