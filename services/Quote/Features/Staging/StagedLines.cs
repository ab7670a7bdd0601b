using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Features.Quotes;

namespace B2BPortal.Quote.Features.Staging;

/// <summary>How the seller's lines are priced: each line's own price, or a discount off the buyer's current price, or that price as it is.</summary>
internal static class StagedLines
{
    public const string DefaultCurrency = "EUR";

    /// <summary>The first staged lines of a revision: the last sent revision's, or the request's at the buyer's current prices.</summary>
    public static List<QuoteRevisionLine> Start(Quotes.Quote quote, IReadOnlyList<PreviewLineDto> products)
    {
        if (quote.LastSent is { } sent)
        {
            return [.. sent.Lines.Select((line, i) => Priced(line.LineNumber, line.Sku, line.Quantity, products.ElementAtOrDefault(i),
                line.DiscountPercent is null ? line.UnitPrice : null, line.DiscountPercent, line.Comment))];
        }

        return [.. quote.Lines.Select((line, i) => Priced(line.LineNumber, line.Sku, line.Quantity, products.ElementAtOrDefault(i), null, null, null))];
    }

    public static List<QuoteRevisionLine> From(IReadOnlyList<StagedLineRequest> lines, IReadOnlyList<PreviewLineDto> products) =>
        [.. lines.Select((line, i) => Priced(i + 1, line.Sku, line.Quantity, products.ElementAtOrDefault(i), line.UnitPrice, line.DiscountPercent,
            string.IsNullOrWhiteSpace(line.Comment) ? null : line.Comment.Trim()))];

    public static string CurrencyOf(IReadOnlyList<PreviewLineDto> products) =>
        products.Select(p => p.Price?.Currency).FirstOrDefault(c => c is not null) ?? DefaultCurrency;

    private static QuoteRevisionLine Priced(
        int number, string sku, decimal quantity, PreviewLineDto? product, decimal? unitPrice, decimal? discountPercent, string? comment)
    {
        var list = product?.Price?.UnitPrice;
        var price = unitPrice
                    ?? (discountPercent is { } discount && list is { } basis ? decimal.Round(basis * (100 - discount) / 100, 4, MidpointRounding.AwayFromZero) : list)
                    ?? 0;
        return new QuoteRevisionLine
        {
            LineNumber = number, Sku = sku, Name = product?.Product?.Name ?? sku, Unit = product?.Product?.UnitOfMeasure ?? "PCE", Quantity = quantity,
            ListUnitPrice = list, DiscountPercent = unitPrice is null ? discountPercent : null, UnitPrice = price,
            LineAmount = decimal.Round(price * quantity, 2, MidpointRounding.AwayFromZero), Comment = comment,
        };
    }
}
