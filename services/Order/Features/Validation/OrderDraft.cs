using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Validation;

/// <summary>A line to check, numbered from 1 as the buyer sees it; <c>Sku</c> is null when the line was missing or had none.</summary>
internal sealed record DraftLine(int LineNumber, string? Sku, decimal Quantity, string? Note, string? Warehouse)
{
    public bool HasValidShape => Sku is not null && LineRules.SkuProblem(Sku) is null && LineRules.QuantityProblem(Quantity) is null;
}

/// <summary>An order to check: the request with its text trimmed and empty fields treated as absent.</summary>
internal sealed record OrderDraft(
    string? PurchaseOrderNumber, Guid? ShipToAddressId, DateOnly? RequestedDeliveryDate, string? VatId, IReadOnlyList<DraftLine> Lines)
{
    public static OrderDraft From(PlaceOrderRequest request) => new(
        Text(request.PurchaseOrderNumber), request.ShipToAddressId, request.RequestedDeliveryDate, VatIds.Normalize(request.VatId),
        [.. (request.Lines ?? []).Select((line, index) => line is null
            ? new DraftLine(index + 1, null, 0, null, null)
            : new DraftLine(index + 1, Text(line.Sku), line.Quantity, Text(line.Note), Warehouse(line.Warehouse)))]);

    public static OrderDraft From(CheckoutRequest request, CartDto cart) => new(
        Text(request.PurchaseOrderNumber), request.ShipToAddressId, request.RequestedDeliveryDate, VatIds.Normalize(request.VatId),
        [.. cart.Lines.Select((line, index) => new DraftLine(index + 1, line.Sku, line.Quantity, Text(line.Note), Warehouse(line.Warehouse)))]);

    public PlaceOrderRequest ToRequest() => new(
        [.. Lines.Select(l => new OrderLineRequest(l.Sku ?? "", l.Quantity, l.Note, l.Warehouse))], PurchaseOrderNumber, ShipToAddressId, RequestedDeliveryDate, VatId);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Warehouse(string? value) => Text(value)?.ToUpperInvariant();
}
