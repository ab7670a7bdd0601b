using B2BPortal.Contracts.Orders;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>Orders that pass the checks for a demo account: its own ship-to address, a fresh reference, lines in stock.</summary>
public static class TestOrders
{
    /// <summary>A purchase-order reference nobody used yet, of the form Acme requires (PO- and capitals, digits or dashes).</summary>
    public static string NewReference(string what) => $"PO-{what}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    public static PlaceOrderRequest For(Guid account, string purchaseOrder, params OrderLineRequest[] lines) =>
        new(lines, purchaseOrder, Demo.ShipToOf(account));

    /// <summary>One mechanical seal: in stock, in every demo assortment, and it costs little of the company's credit.</summary>
    public static PlaceOrderRequest Small(Guid account, string purchaseOrder) => For(account, purchaseOrder, new OrderLineRequest("SEA-4001", 1));
}
