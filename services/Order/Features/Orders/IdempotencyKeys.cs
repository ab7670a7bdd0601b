using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using B2BPortal.Contracts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Validation;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>Idempotency-Key</c> handling: the key is required on every order-creating call and is the caller's own (the same key from
/// another caller is another order). A repeat is recognised by a hash of the request in canonical form: text trimmed,
/// quantities without trailing zeros, so <c>2</c> and <c>2.0</c> are the same request.
/// </summary>
internal static class IdempotencyKeys
{
    public static string? Problem(string? key) => IdempotencyKeyRules.Problem(key, "order");

    public static string HashOf(OrderDraft draft) => Hash("api", new
    {
        po = draft.PurchaseOrderNumber, shipTo = draft.ShipToAddressId, date = draft.RequestedDeliveryDate, vat = draft.VatId,
        lines = draft.Lines.Select(l => new { sku = l.Sku, quantity = LineRules.Format(l.Quantity), note = l.Note, warehouse = l.Warehouse }),
    });

    public static string HashOf(CheckoutRequest request) => Hash("checkout", new
    {
        po = string.IsNullOrWhiteSpace(request.PurchaseOrderNumber) ? null : request.PurchaseOrderNumber.Trim(), shipTo = request.ShipToAddressId,
        date = request.RequestedDeliveryDate, vat = VatIds.Normalize(request.VatId), cart = request.CartVersion,
    });

    public static string HashOf(QuoteOrderRequest request) => Hash("quote", new
    {
        quote = request.QuoteId, revision = request.Revision, po = string.IsNullOrWhiteSpace(request.PurchaseOrderNumber) ? null : request.PurchaseOrderNumber.Trim(),
        shipTo = request.ShipToAddressId, date = request.RequestedDeliveryDate, vat = VatIds.Normalize(request.VatId),
    });

    private static string Hash(string route, object canonical) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(route + ":" + JsonSerializer.Serialize(canonical))));
}
