using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;

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

    /// <summary>The accepted revision's lines, numbered as in the quote; the quote's ship-to and date unless the request names others.</summary>
    public static OrderDraft From(QuoteOrderRequest request, QuoteDto quote, QuoteRevisionDto revision) => new(
        Text(request.PurchaseOrderNumber), request.ShipToAddressId ?? quote.ShipToAddressId, request.RequestedDeliveryDate ?? quote.RequestedDeliveryDate,
        VatIds.Normalize(request.VatId),
        [.. revision.Lines.Select(line => new DraftLine(line.LineNumber, line.Sku, line.Quantity, Note(line.Comment), null))]);

    public PlaceOrderRequest ToRequest() => new(
        [.. Lines.Select(l => new OrderLineRequest(l.Sku ?? "", l.Quantity, l.Note, l.Warehouse))], PurchaseOrderNumber, ShipToAddressId, RequestedDeliveryDate, VatId);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A quote line's comment as the order line's note, cut to a note's length.</summary>
    private static string? Note(string? comment) => Text(comment) is { Length: > LineRules.MaxNoteLength } tooLong ? tooLong[..LineRules.MaxNoteLength] : Text(comment);

    private static string? Warehouse(string? value) => Text(value)?.ToUpperInvariant();
}
