using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Text;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>POST …/orders/{id}/cancellation</c>. Before the ERP confirms the order, the portal cancels it at once (and asks the ERP to drop
/// its sales order, if it has one); after that, it asks the ERP, which cancels or refuses (it has shipped) through its feed: 202,
/// and the order shows the request until the answer comes. Asking again changes nothing.
/// </summary>
internal static class CancelOrderHandler
{
    public const int MaxReasonLength = 200;

    public static async Task<Results<Ok<OrderDto>, Accepted<OrderDto>, ProblemHttpResult, ValidationProblem>> HandleAsync(
        Guid accountId, Guid orderId, CancelOrderRequest request, HttpContext http, OrderingDbContext db, IIntegrationEventOutbox outbox,
        AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim();
        var problem = reason?.Length > MaxReasonLength
            ? $"Give a reason of at most {MaxReasonLength} characters."
            : reason is null ? null : TextRules.Problem(reason, multiLine: false);
        if (problem is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [problem] },
                title: "The order was not cancelled.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderLocks.LoadForUpdateAsync(db, orderId, cancellationToken);
        if (order is null || order.AccountId != accountId)
        {
            return OrderProblems.NotFound(orderId);
        }

        var actor = OrderActor.Of(PlaceOrderHandler.Caller(http));
        var now = clock.GetUtcNow();
        var because = string.IsNullOrEmpty(reason) ? $"Cancelled by {actor.Name}." : $"Cancelled by {actor.Name}: {reason}";
        var before = OrderAudit.Before(order);
        switch (order.ProcessStatus)
        {
            case ProcessStates.Cancelled:
                return TypedResults.Ok(await ReloadAsync(db, order.Id, cancellationToken));
            case var state when ProcessStates.BeforeErpConfirmation(state):
                var sentToErp = state == ProcessStates.Submitted;
                order.Cancel(actor, now, because);
                await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken);
                if (sentToErp)
                {
                    outbox.Add(Requested(order, because));
                }

                OrderAudit.Changed(audit, order, "order.cancelled", $"Order {order.Number}: {because}", before);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return TypedResults.Ok(await ReloadAsync(db, order.Id, cancellationToken));
            case var state when ProcessStates.HasShipped(state):
                return OrderProblems.CannotCancel(
                    $"Order {order.Number} has shipped ({state}), so it can no longer be cancelled. Refuse the delivery or arrange a return with your account manager.");
            default:
                if (order.CancellationRequestedAt is null)
                {
                    order.RequestCancellation(actor, now, $"{actor.Name} asked the ERP to cancel the order" + (string.IsNullOrEmpty(reason) ? "." : $": {reason}"));
                    outbox.Add(Requested(order, because));
                    OrderAudit.Changed(audit, order, "order.cancellation-requested", $"Order {order.Number}: the ERP was asked to cancel it. {because}", before,
                        StatusCodes.Status202Accepted);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                return TypedResults.Accepted($"/api/v1/accounts/{accountId}/orders/{orderId}", await ReloadAsync(db, order.Id, cancellationToken));
        }
    }

    private static OrderCancellationRequested Requested(Order order, string reason) => new()
    {
        AccountId = order.AccountId, CorrelationId = order.Id, OrderId = order.Id, OrderNumber = order.Number, Reason = reason,
    };

    private static async Task<OrderDto> ReloadAsync(OrderingDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return (await OrderQueries.FindAsync(db, orderId, cancellationToken))!.ToDto();
    }
}
