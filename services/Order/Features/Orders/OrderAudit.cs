using System.Globalization;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Orders;

/// <summary>What the audit trail records of an order's actions: its number to search by, and the states and amounts that moved.</summary>
internal static class OrderAudit
{
    public static void Placed(AuditTrail audit, Order order)
    {
        var changes = new AuditChanges().Set("processStatus", order.ProcessStatus).Set("validationStatus", order.ValidationStatus)
            .Set("netAmount", order.NetAmount).Set("currency", order.Currency).Set("purchaseOrderNumber", order.PurchaseOrderNumber)
            .Set("lines", order.Lines.Count).Set("source", order.Source);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Order {order.Number} placed{order.Source switch { OrderSources.Cart => " from the cart", OrderSources.Quote => $" from quote {order.QuoteNumber}, revision {order.QuoteRevision}", _ => "" }}: {order.Lines.Count} line(s), {order.NetAmount:0.00} {order.Currency}, {order.ProcessStatus}.");
        audit.Record(order.AccountId, order.Source == OrderSources.Cart ? "cart.submitted" : "order.placed", summary,
            new AuditDetails(order.Number, order.Id.ToString(), changes, StatusCodes.Status201Created, CorrelationId: order.Id.ToString()));
    }

    /// <summary>The order's audited state before an action, to compare with after it.</summary>
    public static State Before(Order order) => State.Of(order);

    public static void Changed(AuditTrail audit, Order order, string action, string summary, State before, int status = StatusCodes.Status200OK) =>
        audit.Record(order.AccountId, action, summary,
            new AuditDetails(order.Number, order.Id.ToString(), AuditChanges.Between(before, State.Of(order)), status, CorrelationId: order.Id.ToString()));

    internal sealed record State(string ProcessStatus, string ValidationStatus, decimal NetAmount, string? ApprovalStep, bool CancellationRequested)
    {
        public static State Of(Order order) => new(order.ProcessStatus, order.ValidationStatus, order.NetAmount,
            order.CurrentApprovalStep is { } step ? $"{step.Number} of {order.ApprovalSteps.Count}" : null, order.CancellationRequestedAt is not null);
    }
}
