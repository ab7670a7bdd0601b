using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Lifecycle;

/// <summary>
/// The one place that says whether an order may move: the transition table (<see cref="OrderTransitions"/>) for each axis, and
/// the relations between the axes on top of it:
/// <list type="bullet">
/// <item>the process leaves Draft or PendingApproval for Submitted only once the order is approved;</item>
/// <item>an order is rejected only while it waits for approval, and a rejected order is cancelled;</item>
/// <item>an order is invoiced only once it has shipped in full (so the table, which cancels nothing that shipped, cancels
/// nothing invoiced).</item>
/// </list>
/// </summary>
public static class OrderLifecycle
{
    /// <summary>Why <paramref name="order"/> may not move to <paramref name="to"/> on <paramref name="axis"/>; null when it may.</summary>
    public static string? Refusal(Orders.Order order, string axis, string to)
    {
        var from = order.StateOf(axis);
        if (!OrderTransitions.IsAllowed(axis, from, to))
        {
            return $"Order {order.Number} cannot go from {from} to {to} ({axis}).";
        }

        return (axis, to) switch
        {
            (OrderAxes.Process, ProcessStates.Submitted) when order.ValidationStatus != ValidationStates.Approved =>
                $"Order {order.Number} is not approved yet, so it cannot go to the ERP.",
            (OrderAxes.Validation, ValidationStates.Rejected) when order.ProcessStatus is not (ProcessStates.Draft or ProcessStates.PendingApproval) =>
                $"Order {order.Number} is {order.ProcessStatus}, so it can no longer be rejected.",
            (OrderAxes.Payment, PaymentStates.Invoiced) when order.ProcessStatus is not (ProcessStates.Shipped or ProcessStates.Delivered) =>
                $"Order {order.Number} has not shipped in full, so it cannot be invoiced yet.",
            _ => null,
        };
    }
}

/// <summary>A move the lifecycle refuses; its message says why in words a buyer can act on.</summary>
public sealed class OrderTransitionRefusedException(string message) : InvalidOperationException(message);
