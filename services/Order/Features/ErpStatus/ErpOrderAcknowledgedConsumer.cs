using System.Diagnostics;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using B2BPortal.Order.Features.Orders;
using MassTransit;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>Records the ERP's order number once the ERP has accepted the sales order.</summary>
public sealed class ErpOrderAcknowledgedConsumer(OrderingDbContext db) : InboxConsumer<ErpOrderAcknowledged, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpOrderAcknowledged> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        Activity.Current?.SetTag("order.id", message.OrderId).SetTag("order.number", message.OrderNumber)
            .SetTag("account.id", message.AccountId).SetTag("erp.order_number", message.ErpOrderNumber);

        var order = await OrderLocks.LoadForUpdateAsync(Db, message.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"ERP acknowledged unknown order {message.OrderId} ({message.OrderNumber}).");
        order.Acknowledge(message.ErpOrderNumber, message.AcknowledgedAt);
        OrderMetrics.Acknowledged(message.AcknowledgedAt - order.SubmittedAt);
    }
}

/// <summary>Cancels an order the ERP refuses for a business reason; it no longer uses the company's credit.</summary>
public sealed class ErpOrderRejectedConsumer(OrderingDbContext db, TimeProvider clock) : InboxConsumer<ErpOrderRejected, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpOrderRejected> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        Activity.Current?.SetTag("order.id", message.OrderId).SetTag("order.number", message.OrderNumber).SetTag("account.id", message.AccountId);

        var order = await OrderLocks.LoadForUpdateAsync(Db, message.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"ERP rejected unknown order {message.OrderId} ({message.OrderNumber}).");
        if (order.ProcessStatus == ProcessStates.Cancelled)
        {
            return;
        }

        order.Cancel(OrderActor.Erp(null), clock.GetUtcNow(), $"The ERP refused the order: {message.Reason}");
        await CreditLedger.ReleaseAsync(Db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken);
    }
}
