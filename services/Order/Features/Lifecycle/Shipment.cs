using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Lifecycle;

/// <summary>A shipment of (part of) the order, as the ERP reported it.</summary>
public sealed class Shipment
{
    public required string Number { get; init; }
    public string? Carrier { get; init; }
    public string? TrackingNumber { get; init; }
    public DateTimeOffset ShippedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public List<ShipmentLine> Lines { get; init; } = [];

    public ShipmentDto ToDto() => new(Number, Carrier, TrackingNumber, ShippedAt, DeliveredAt, [.. Lines.Select(l => new ShipmentLineDto(l.LineNumber, l.Quantity))]);
}

public sealed class ShipmentLine
{
    public int LineNumber { get; init; }
    public decimal Quantity { get; init; }
}

/// <summary>An invoice of the order, as the ERP reported it, with the payments received on it.</summary>
public sealed class Invoice
{
    public required string Number { get; init; }
    public decimal Amount { get; init; }
    public required string Currency { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public decimal PaidAmount { get; set; }
    public bool Overdue { get; set; }

    public InvoiceDto ToDto() => new(Number, Amount, Currency, DueDate, IssuedAt, PaidAmount, Overdue);
}
