using System.Diagnostics;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>Records the ERP's order number once the ERP has accepted the sales order.</summary>
public sealed class ErpOrderAcknowledgedConsumer(OrderingDbContext db) : InboxConsumer<ErpOrderAcknowledged, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpOrderAcknowledged> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        Activity.Current?.SetTag("order.id", message.OrderId).SetTag("order.number", message.OrderNumber)
            .SetTag("account.id", message.AccountId).SetTag("erp.order_number", message.ErpOrderNumber);

        var order = await Db.Orders.SingleOrDefaultAsync(o => o.Id == message.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"ERP acknowledged unknown order {message.OrderId} ({message.OrderNumber}).");
        order.Acknowledge(message.ErpOrderNumber, message.AcknowledgedAt);
        OrderMetrics.Acknowledged(message.AcknowledgedAt - order.SubmittedAt);
    }
}

/// <summary>Marks an order rejected when the ERP refuses it for a business reason; it no longer uses the company's credit.</summary>
public sealed class ErpOrderRejectedConsumer(OrderingDbContext db) : InboxConsumer<ErpOrderRejected, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpOrderRejected> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        Activity.Current?.SetTag("order.id", message.OrderId).SetTag("order.number", message.OrderNumber).SetTag("account.id", message.AccountId);

        var order = await Db.Orders.SingleOrDefaultAsync(o => o.Id == message.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"ERP rejected unknown order {message.OrderId} ({message.OrderNumber}).");
        if (order.Status == OrderStatuses.Rejected)
        {
            return;
        }

        order.Reject(message.Reason);
        await CreditLedger.ReleaseAsync(Db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken);
    }
}
