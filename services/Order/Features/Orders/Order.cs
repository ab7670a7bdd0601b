using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// An order as it was accepted: who placed it, where it goes, and every line at the price it was ordered at (a snapshot
/// that later price changes leave alone). Its status follows from the ERP.
/// </summary>
public sealed class Order
{
    public Guid Id { get; init; }
    public required string Number { get; init; }
    public Guid AccountId { get; init; }

    /// <summary>The company at the top of the account's hierarchy: credit and exposure are the company's.</summary>
    public Guid CompanyId { get; init; }

    public string? PurchaseOrderNumber { get; init; }
    public string Status { get; private set; } = OrderStatuses.Submitted;
    public string? ErpOrderNumber { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public required string PlacedBySubject { get; init; }
    public required string PlacedByName { get; init; }
    public bool PlacedByPartner { get; init; }
    public required string Source { get; init; }

    /// <summary>For an order from a cart: the version of the placer's cart that was ordered (each version is ordered once at most).</summary>
    public int? CartVersion { get; init; }

    public DateOnly? RequestedDeliveryDate { get; init; }
    public OrderShipTo? ShipTo { get; init; }
    public string? VatId { get; init; }
    public required string Currency { get; init; }
    public decimal NetAmount { get; init; }

    /// <summary>The caller's key: the same key from the same caller answers this order again.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the request in canonical form (quantities without trailing zeros, trimmed text).</summary>
    public required string RequestHash { get; init; }

    public List<OrderLine> Lines { get; init; } = [];

    public void Acknowledge(string erpOrderNumber, DateTimeOffset acknowledgedAt)
    {
        ErpOrderNumber = erpOrderNumber;
        AcknowledgedAt = acknowledgedAt;
        Status = OrderStatuses.Acknowledged;
    }

    public void Reject(string reason)
    {
        RejectionReason = reason;
        Status = OrderStatuses.Rejected;
    }

    public OrderDto ToDto() => new(
        Id, Number, AccountId, PurchaseOrderNumber, Status, ErpOrderNumber, SubmittedAt, AcknowledgedAt,
        [.. Lines.OrderBy(l => l.LineNumber).Select(l => l.ToDto())],
        new OrderActorDto(PlacedBySubject, PlacedByName, PlacedByPartner), Source, RequestedDeliveryDate, ShipTo?.ToDto(), VatId, Currency, NetAmount,
        RejectionReason);
}

/// <summary>A copy of the ship-to address as it was when the order was placed.</summary>
public sealed class OrderShipTo
{
    public Guid AddressId { get; init; }
    public Guid AccountId { get; init; }
    public required string Label { get; init; }
    public required string Recipient { get; init; }
    public required string Street { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }
    public required string Country { get; init; }

    public static OrderShipTo From(ShipToAddressDto address) => new()
    {
        AddressId = address.Id, AccountId = address.AccountId, Label = address.Label, Recipient = address.Recipient, Street = address.Street,
        PostalCode = address.PostalCode, City = address.City, Country = address.Country,
    };

    public ShipToAddressDto ToDto() => new(AddressId, AccountId, Label, Recipient, Street, PostalCode, City, Country, IsDefault: false);
}

public sealed class OrderLine
{
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public required string Name { get; init; }
    public decimal Quantity { get; init; }
    public required string Unit { get; init; }
    public string? Note { get; init; }
    public string? RequestedWarehouse { get; init; }
    public required string Currency { get; init; }
    public decimal UnitPrice { get; init; }
    public decimal LineAmount { get; init; }
    public required string PriceSource { get; init; }
    public Guid? ContractId { get; init; }
    public string? ContractName { get; init; }
    public decimal? TierMinQuantity { get; init; }
    public required string PriceExplanation { get; init; }
    public List<LineAllocation> Allocations { get; init; } = [];

    public OrderLineDto ToDto() => new(
        LineNumber, Sku, Name, Quantity, Unit, Note, RequestedWarehouse,
        new OrderPriceSnapshotDto(Currency, UnitPrice, LineAmount, PriceSource, ContractId, ContractName, TierMinQuantity, PriceExplanation),
        [.. Allocations.Select(a => a.ToDto())]);
}

/// <summary>Part of a line shipped from one warehouse.</summary>
public sealed class LineAllocation
{
    public required string Warehouse { get; init; }
    public required string WarehouseName { get; init; }
    public decimal Quantity { get; init; }
    public DateOnly EarliestDelivery { get; init; }
    public bool Backorder { get; init; }

    public AllocationDto ToDto() => new(Warehouse, WarehouseName, Quantity, EarliestDelivery, Backorder);
}
