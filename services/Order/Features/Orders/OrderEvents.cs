using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Orders;

/// <summary>The integration events an order causes, built in one place from the order.</summary>
internal static class OrderEvents
{
    public static OrderPlaced Placed(Order order) => new()
    {
        AccountId = order.AccountId,
        CorrelationId = order.Id,
        OrderId = order.Id,
        OrderNumber = order.Number,
        PlacedBy = order.PlacedBySubject,
        Source = order.Source,
        CartVersion = order.CartVersion,
        AwaitsApproval = order.ProcessStatus == ProcessStates.PendingApproval,
        QuoteId = order.QuoteId,
        QuoteRevision = order.QuoteRevision,
    };

    /// <summary>The order goes to the ERP: its lines as allocated, one per warehouse.</summary>
    public static OrderSubmitted Submitted(Order order) => new()
    {
        AccountId = order.AccountId,
        CorrelationId = order.Id,
        OrderId = order.Id,
        OrderNumber = order.Number,
        PurchaseOrderNumber = order.PurchaseOrderNumber,
        PlacedBy = order.PlacedBySubject,
        Source = order.Source,
        CartVersion = order.CartVersion,
        Currency = order.Currency,
        NetAmount = order.NetAmount,
        RequestedDeliveryDate = order.RequestedDeliveryDate,
        ShipTo = order.ShipTo is { } to ? new ShipToAddress(to.AddressId, to.Recipient, to.Street, to.PostalCode, to.City, to.Country) : null,
        Lines = [.. order.Lines.SelectMany(line => line.Allocations.Select(a => new Contracts.Events.OrderLine(line.Sku, a.Quantity)
        {
            LineNumber = line.LineNumber, Warehouse = a.Warehouse, UnitPrice = line.UnitPrice, Note = line.Note,
        }))],
    };
}
