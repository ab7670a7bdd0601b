using System.Globalization;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// What a revision changed from the one before it, in one place for both parties and the staging view: the quote's validity,
/// terms, discount and total, and each line (by line number) added, removed, or with another quantity, price or discount.
/// </summary>
public static class QuoteDiff
{
    public static IReadOnlyList<QuoteChangeDto> Between(QuoteRevision? before, QuoteRevision after)
    {
        if (before is null)
        {
            return [];
        }

        var changes = new List<QuoteChangeDto>();
        void Quote(string field, object? was, object? now)
        {
            if (Text(was) != Text(now))
            {
                changes.Add(new QuoteChangeDto(null, null, field, Text(was), Text(now)));
            }
        }

        Quote("validUntil", before.ValidUntil, after.ValidUntil);
        Quote("terms", before.Terms, after.Terms);
        Quote("discountPercent", before.DiscountPercent, after.DiscountPercent);
        Quote("netAmount", before.NetAmount, after.NetAmount);

        var was = before.Lines.ToDictionary(l => l.LineNumber);
        var now = after.Lines.ToDictionary(l => l.LineNumber);
        foreach (var number in was.Keys.Union(now.Keys).Order())
        {
            var (old, current) = (was.GetValueOrDefault(number), now.GetValueOrDefault(number));
            if (old is null || current is null)
            {
                var line = (old ?? current)!;
                changes.Add(new QuoteChangeDto(number, line.Sku, "line", old is null ? null : Describe(old), current is null ? null : Describe(current)));
                continue;
            }

            void Line(string field, object? a, object? b)
            {
                if (Text(a) != Text(b))
                {
                    changes.Add(new QuoteChangeDto(number, current.Sku, field, Text(a), Text(b)));
                }
            }

            Line("sku", old.Sku, current.Sku);
            Line("quantity", old.Quantity, current.Quantity);
            Line("discountPercent", old.DiscountPercent, current.DiscountPercent);
            Line("unitPrice", old.UnitPrice, current.UnitPrice);
            Line("lineAmount", old.LineAmount, current.LineAmount);
        }

        return changes;
    }

    private static string Describe(QuoteRevisionLine line) =>
        string.Create(CultureInfo.InvariantCulture, $"{line.Quantity:0.###} × {line.Sku} at {line.UnitPrice:0.00##}");

    private static string? Text(object? value) => value switch
    {
        null => null,
        decimal amount => amount.ToString("0.00##", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
