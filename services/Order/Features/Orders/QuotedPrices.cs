using System.Globalization;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Order.Features.Orders;

/// <summary>An accepted quote being ordered: which quote and revision, and each line's price as the quote fixed it.</summary>
internal sealed record QuotedOrder(Guid QuoteId, string Number, int Revision, IReadOnlyDictionary<int, PriceLineResultDto> Prices);

/// <summary>
/// The prices of an order of a quote, in the shape the checks take prices in, so the same four layers and approval rules run on
/// them: each line at its share of the quote's net amount (so the order's total is the quote's), explained as "quote Q, revision R".
/// </summary>
internal static class QuotedPrices
{
    public const string Source = "quote";

    public static QuotedOrder From(QuoteDto quote, QuoteRevisionDto revision) => new(quote.Id, quote.Number, revision.Number,
        revision.Lines.ToDictionary(l => l.LineNumber, l => Line(l.Sku, l.Quantity, revision.Currency, l.NetLineAmount, Explanation(quote.Number, revision, l))));

    /// <summary>The prices an order of a quote was placed at, as they stay whatever the price lists do later (an approver reviews these).</summary>
    public static IReadOnlyDictionary<int, PriceLineResultDto> Of(Order order) =>
        order.Lines.ToDictionary(l => l.LineNumber, l => Line(l.Sku, l.Quantity, l.Currency, l.LineAmount, l.PriceExplanation));

    private static PriceLineResultDto Line(string sku, decimal quantity, string currency, decimal lineAmount, string explanation)
    {
        var unitPrice = decimal.Round(lineAmount / quantity, 4, MidpointRounding.AwayFromZero);
        return new PriceLineResultDto(sku, quantity, StatusCodes.Status200OK,
            new PriceDto(sku, quantity, currency, unitPrice, lineAmount,
                new PriceExplanationDto(Source, explanation, null, null, null, false, null, null, null), []), Detail: null);
    }

    private static string Explanation(string number, QuoteRevisionDto revision, QuoteRevisionLineDto line)
    {
        var discount = revision.DiscountPercent is { } percent ? string.Create(CultureInfo.InvariantCulture, $", less the quote's {percent:0.##}% discount") : "";
        return string.Create(CultureInfo.InvariantCulture, $"Quote {number}, revision {revision.Number}: {line.UnitPrice:0.00##} {revision.Currency} per {line.Unit}{discount}.");
    }
}
