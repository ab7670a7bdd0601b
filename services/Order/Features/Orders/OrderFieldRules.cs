namespace B2BPortal.Order.Features.Orders;

/// <summary>The shape of an order's header fields, shared by the checks and the columns that store them.</summary>
internal static class OrderFieldRules
{
    /// <summary>The common EDI limit for a customer's purchase-order reference.</summary>
    public const int MaxPurchaseOrderLength = 35;
    public const int MaxVatIdLength = 20;
}
