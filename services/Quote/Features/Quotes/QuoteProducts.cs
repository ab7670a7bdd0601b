using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// The products of a quote's lines and the caller's own prices for them, as the order checks see them: the Order service's preview,
/// asked with the caller's token, so a buyer can ask a quote only for what they may order, and the seller starts from the
/// buyer's contract or list price.
/// </summary>
internal sealed class QuoteProducts(IOrderServiceApi orders)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<PreviewLineDto>> LookUpAsync(
        Guid accountId, IEnumerable<(string Sku, decimal Quantity)> lines, string accessToken, CancellationToken cancellationToken)
    {
        var request = new PlaceOrderRequest([.. lines.Select(l => new OrderLineRequest(l.Sku, l.Quantity))]);
        var preview = await Downstream.CallAsync("Order", Deadline, t => orders.PreviewAsync(accountId, request, draft: true, accessToken, t), cancellationToken);
        return preview.Lines;
    }
}
