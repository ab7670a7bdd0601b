using System.Diagnostics;
using System.Net;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using Refit;

namespace B2BPortal.ErpAdapter.Features.SalesOrders;

/// <summary>
/// Creates the ERP sales order for a submitted portal order. The portal order id is the idempotency key, so a command sent again
/// (after a crash, or a lease that ran out) finds the sales order created the first time. A business refusal (422) becomes
/// <see cref="ErpOrderRejected"/>, with the ERP's reason bounded to what the portal stores.
/// </summary>
public sealed partial class CreateSalesOrderHandler(IErpSalesOrderApi erp, ILogger<CreateSalesOrderHandler> logger) : IErpCommandHandler
{
    public const string CommandKind = "create-sales-order";

    public string Kind => CommandKind;

    public async Task<ErpCommandResult> SendAsync(ErpCommand command, CancellationToken cancellationToken)
    {
        var order = ErpCommandQueue.Read<OrderSubmitted>(command);
        Activity.Current?.SetTag("order.id", order.OrderId).SetTag("order.number", order.OrderNumber).SetTag("account.id", order.AccountId);
        try
        {
            var salesOrder = await erp.CreateSalesOrderAsync(ToSalesOrder(order), order.OrderId.ToString(), cancellationToken);
            Activity.Current?.SetTag("erp.order_number", salesOrder.SalesOrderNumber);
            LogCreated(logger, salesOrder.SalesOrderNumber, order.OrderNumber);
            return new ErpCommandResult($"created {salesOrder.SalesOrderNumber}", recording =>
            {
                recording.Db.SalesOrderLinks.Add(new SalesOrderLink
                {
                    OrderId = order.OrderId, OrderNumber = order.OrderNumber, AccountId = order.AccountId, ErpOrderNumber = salesOrder.SalesOrderNumber,
                    CreatedAt = DateTimeOffset.UtcNow,
                });
                recording.Outbox.Add(new ErpOrderAcknowledged
                {
                    AccountId = order.AccountId, CorrelationId = order.CorrelationId, OrderId = order.OrderId, OrderNumber = order.OrderNumber,
                    ErpOrderNumber = salesOrder.SalesOrderNumber, AcknowledgedAt = salesOrder.CreatedAt,
                });
            });
        }
        catch (ApiException refusal) when (refusal.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var reason = ErpCommand.Bounded(ErpProblems.Reason(refusal) ?? "The ERP refused the order.");
            LogRejected(logger, order.OrderNumber, reason);
            return new ErpCommandResult($"refused: {reason}", recording => recording.Outbox.Add(new ErpOrderRejected
            {
                AccountId = order.AccountId, CorrelationId = order.CorrelationId, OrderId = order.OrderId, OrderNumber = order.OrderNumber, Reason = reason,
            }));
        }
    }

    private static CreateSalesOrderRequest ToSalesOrder(OrderSubmitted order) => new(
        order.OrderId,
        order.OrderNumber,
        order.AccountId,
        order.PurchaseOrderNumber,
        order.Lines.Select(line => new SalesOrderLine(line.Sku, line.Quantity)
        {
            LineNumber = line.LineNumber, Warehouse = line.Warehouse, UnitPrice = line.UnitPrice,
        }).ToList())
    {
        Currency = order.Currency,
        NetAmount = order.NetAmount,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "ERP sales order {ErpOrderNumber} created for {OrderNumber}")]
    private static partial void LogCreated(ILogger logger, string erpOrderNumber, string orderNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP refused {OrderNumber}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string orderNumber, string reason);
}
