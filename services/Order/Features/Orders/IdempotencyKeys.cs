using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    public static string? Problem(string? key) => key switch
    {
        null or { Length: 0 } => "Send an Idempotency-Key header with every order: a value you choose once per order (a UUID is best) and send " +
                                 "again, unchanged, when you retry. A retry with the same key answers the first order instead of placing another.",
        { Length: > OrderFieldRules.MaxIdempotencyKeyLength } => $"The Idempotency-Key has at most {OrderFieldRules.MaxIdempotencyKeyLength} characters.",
        _ when key.Any(c => c is < '!' or > '~') => "The Idempotency-Key may hold visible ASCII characters only (a UUID is best).",
        _ => null,
    };

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

    private static string Hash(string route, object canonical) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(route + ":" + JsonSerializer.Serialize(canonical))));
}
