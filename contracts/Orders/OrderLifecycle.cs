namespace B2BPortal.Contracts.Orders;

/// <summary>
/// An order moves on three axes that do not move in step (docs/ordering.md, "The order's life"): where it is in the process,
/// whether it is approved, and how far it is paid.
/// </summary>
public static class OrderAxes
{
    public const string Process = "process";
    public const string Validation = "validation";
    public const string Payment = "payment";

    public static readonly IReadOnlyList<string> All = [Process, Validation, Payment];
}

/// <summary>The process axis: from the cart to the buyer's dock, as the ERP carries it out.</summary>
public static class ProcessStates
{
    public const string Draft = "Draft";
    public const string PendingApproval = "PendingApproval";
    public const string Submitted = "Submitted";
    public const string Confirmed = "Confirmed";
    public const string Allocated = "Allocated";
    public const string PartiallyShipped = "PartiallyShipped";
    public const string Shipped = "Shipped";
    public const string Delivered = "Delivered";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlyList<string> All =
        [Draft, PendingApproval, Submitted, Confirmed, Allocated, PartiallyShipped, Shipped, Delivered, Cancelled];

    /// <summary>States in which the ERP has not confirmed the order yet: the buyer can still cancel it outright.</summary>
    public static bool BeforeErpConfirmation(string state) => state is Draft or PendingApproval or Submitted;

    /// <summary>States from which the order has left the warehouse, wholly or in part.</summary>
    public static bool HasShipped(string state) => state is PartiallyShipped or Shipped or Delivered;
}

/// <summary>The validation axis: the company's approvals (and, for orders the rules flag, the manufacturer's feasibility check).</summary>
public static class ValidationStates
{
    public const string PendingCheck = "PendingCheck";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    public static readonly IReadOnlyList<string> All = [PendingCheck, Approved, Rejected];
}

/// <summary>The payment axis, as the ERP's invoices and receipts report it.</summary>
public static class PaymentStates
{
    public const string NotInvoiced = "NotInvoiced";
    public const string Invoiced = "Invoiced";
    public const string PartiallyPaid = "PartiallyPaid";
    public const string Paid = "Paid";
    public const string Overdue = "Overdue";

    public static readonly IReadOnlyList<string> All = [NotInvoiced, Invoiced, PartiallyPaid, Paid, Overdue];
}

/// <summary>
/// The transition table: for each axis, the states each state may move to. It is the whole of what may happen to an order;
/// the Order service refuses anything else (and the relations between axes on top, see <c>OrderLifecycle</c> there).
/// </summary>
public static class OrderTransitions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Table =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            [OrderAxes.Process] = new Dictionary<string, IReadOnlyList<string>>
            {
                [ProcessStates.Draft] = [ProcessStates.PendingApproval, ProcessStates.Submitted],
                [ProcessStates.PendingApproval] = [ProcessStates.Submitted, ProcessStates.Cancelled],
                [ProcessStates.Submitted] = [ProcessStates.Confirmed, ProcessStates.Cancelled],
                [ProcessStates.Confirmed] = [ProcessStates.Allocated, ProcessStates.PartiallyShipped, ProcessStates.Shipped, ProcessStates.Cancelled],
                [ProcessStates.Allocated] = [ProcessStates.PartiallyShipped, ProcessStates.Shipped, ProcessStates.Cancelled],
                [ProcessStates.PartiallyShipped] = [ProcessStates.Shipped],
                [ProcessStates.Shipped] = [ProcessStates.Delivered],
                [ProcessStates.Delivered] = [],
                [ProcessStates.Cancelled] = [],
            },
            [OrderAxes.Validation] = new Dictionary<string, IReadOnlyList<string>>
            {
                [ValidationStates.PendingCheck] = [ValidationStates.Approved, ValidationStates.Rejected],
                [ValidationStates.Approved] = [],
                [ValidationStates.Rejected] = [],
            },
            [OrderAxes.Payment] = new Dictionary<string, IReadOnlyList<string>>
            {
                [PaymentStates.NotInvoiced] = [PaymentStates.Invoiced],
                [PaymentStates.Invoiced] = [PaymentStates.PartiallyPaid, PaymentStates.Paid, PaymentStates.Overdue],
                [PaymentStates.PartiallyPaid] = [PaymentStates.Paid, PaymentStates.Overdue],
                [PaymentStates.Overdue] = [PaymentStates.Paid],
                [PaymentStates.Paid] = [],
            },
        };

    public static bool IsAllowed(string axis, string from, string to) =>
        Table.TryGetValue(axis, out var states) && states.TryGetValue(from, out var next) && next.Contains(to);
}
