using System.Diagnostics;
using System.Net;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using MassTransit;
using Refit;

namespace B2BPortal.ErpAdapter.Features.SalesOrders;

/// <summary>
/// Creates the ERP sales order for a submitted portal order. The portal order id is the idempotency key, so a
/// retried or redelivered message finds the sales order created the first time. Transient ERP failures throw and are
/// retried with back-off, then dead-lettered; a business refusal (422) becomes <see cref="ErpOrderRejected"/>.
/// </summary>
public sealed partial class OrderSubmittedConsumer(
    ErpAdapterDbContext db, IErpSalesOrderApi erp, IIntegrationEventOutbox outbox, ILogger<OrderSubmittedConsumer> logger)
    : InboxConsumer<OrderSubmitted, ErpAdapterDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<OrderSubmitted> context, CancellationToken cancellationToken)
    {
        var order = context.Message;
        Activity.Current?.SetTag("order.id", order.OrderId).SetTag("order.number", order.OrderNumber).SetTag("account.id", order.AccountId);

        SalesOrderDto salesOrder;
        try
        {
            salesOrder = await erp.CreateSalesOrderAsync(ToSalesOrder(order), order.OrderId.ToString(), cancellationToken);
        }
        catch (ApiException refusal) when (refusal.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            LogRejected(logger, order.OrderNumber, refusal.Content);
            outbox.Add(new ErpOrderRejected
            {
                AccountId = order.AccountId,
                CorrelationId = order.CorrelationId,
                OrderId = order.OrderId,
                OrderNumber = order.OrderNumber,
                Reason = refusal.Content ?? "The ERP refused the order.",
            });
            return;
        }

        Activity.Current?.SetTag("erp.order_number", salesOrder.SalesOrderNumber);
        Db.SalesOrderLinks.Add(new SalesOrderLink
        {
            OrderId = order.OrderId,
            OrderNumber = order.OrderNumber,
            AccountId = order.AccountId,
            ErpOrderNumber = salesOrder.SalesOrderNumber,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        outbox.Add(new ErpOrderAcknowledged
        {
            AccountId = order.AccountId,
            CorrelationId = order.CorrelationId,
            OrderId = order.OrderId,
            OrderNumber = order.OrderNumber,
            ErpOrderNumber = salesOrder.SalesOrderNumber,
            AcknowledgedAt = salesOrder.CreatedAt,
        });
        LogCreated(logger, salesOrder.SalesOrderNumber, order.OrderNumber);
    }

    private static CreateSalesOrderRequest ToSalesOrder(OrderSubmitted order) => new(
        order.OrderId,
        order.OrderNumber,
        order.AccountId,
        order.PurchaseOrderNumber,
        order.Lines.Select(line => new SalesOrderLine(line.Sku, line.Quantity) { Warehouse = line.Warehouse, UnitPrice = line.UnitPrice }).ToList());

    [LoggerMessage(Level = LogLevel.Information, Message = "ERP sales order {ErpOrderNumber} created for {OrderNumber}")]
    private static partial void LogCreated(ILogger logger, string erpOrderNumber, string orderNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP refused {OrderNumber}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string orderNumber, string? reason);
}
