using System.Diagnostics;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using MassTransit;

namespace B2BPortal.ErpAdapter.Features.SalesOrders;

/// <summary>
/// Stores the command to create the ERP sales order of a submitted portal order; <see cref="ErpCommandDispatcher"/> sends it, and
/// keeps trying for as long as the ERP is down. Nothing here calls the ERP, so the message is done in one short transaction.
/// </summary>
public sealed class OrderSubmittedConsumer(ErpAdapterDbContext db, ErpCommandQueue commands, ErpCommandSignal signal)
    : InboxConsumer<OrderSubmitted, ErpAdapterDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<OrderSubmitted> context, CancellationToken cancellationToken)
    {
        var order = context.Message;
        Activity.Current?.SetTag("order.id", order.OrderId).SetTag("order.number", order.OrderNumber).SetTag("account.id", order.AccountId);
        commands.Enqueue(CreateSalesOrderHandler.CommandKind, SalesOrderSubjects.Of(order.OrderId), order);
        return Task.CompletedTask;
    }

    protected override void Committed() => signal.Notify();
}

/// <summary>Stores the command to cancel the ERP sales order of an order the buyer cancelled; sent after the order's creation.</summary>
public sealed class OrderCancellationRequestedConsumer(ErpAdapterDbContext db, ErpCommandQueue commands, ErpCommandSignal signal)
    : InboxConsumer<OrderCancellationRequested, ErpAdapterDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<OrderCancellationRequested> context, CancellationToken cancellationToken)
    {
        var request = context.Message;
        Activity.Current?.SetTag("order.id", request.OrderId).SetTag("order.number", request.OrderNumber).SetTag("account.id", request.AccountId);
        commands.Enqueue(CancelSalesOrderHandler.CommandKind, SalesOrderSubjects.Of(request.OrderId), request);
        return Task.CompletedTask;
    }

    protected override void Committed() => signal.Notify();
}

internal static class SalesOrderSubjects
{
    public static string Of(Guid orderId) => $"order:{orderId}";
}
