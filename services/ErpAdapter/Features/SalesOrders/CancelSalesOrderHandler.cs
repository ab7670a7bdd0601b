using System.Net;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using Microsoft.EntityFrameworkCore;
using Refit;

namespace B2BPortal.ErpAdapter.Features.SalesOrders;

/// <summary>
/// Asks the ERP to cancel the sales order of an order the buyer cancelled. It runs after the order's creation command (same
/// subject), so the sales order exists unless the ERP refused the order, and then there is nothing to cancel. The ERP's answer
/// (cancelled, or refused because it shipped) comes back through its change feed.
/// </summary>
public sealed class CancelSalesOrderHandler(IErpSalesOrderChangeApi erp, IServiceScopeFactory scopes) : IErpCommandHandler
{
    public const string CommandKind = "cancel-sales-order";

    public string Kind => CommandKind;

    public async Task<ErpCommandResult> SendAsync(ErpCommand command, CancellationToken cancellationToken)
    {
        var request = ErpCommandQueue.Read<OrderCancellationRequested>(command);
        await using var scope = scopes.CreateAsyncScope();
        var link = await scope.ServiceProvider.GetRequiredService<ErpAdapterDbContext>().SalesOrderLinks.AsNoTracking()
            .SingleOrDefaultAsync(l => l.OrderId == request.OrderId, cancellationToken);
        if (link is null)
        {
            return new ErpCommandResult("nothing to cancel: the ERP has no sales order for this order");
        }

        try
        {
            await erp.RequestCancellationAsync(link.ErpOrderNumber, new ErpCancellationRequest(ErpCommand.Bounded(request.Reason)), request.EventId.ToString(),
                cancellationToken);
            return new ErpCommandResult($"cancellation of {link.ErpOrderNumber} requested");
        }
        catch (ApiException refusal) when (refusal.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            return new ErpCommandResult($"cancellation of {link.ErpOrderNumber} refused: {ErpProblems.Reason(refusal)}");
        }
    }
}
