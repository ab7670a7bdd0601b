using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// One priced answer of the seller. While <see cref="SentAt"/> is null it is the seller's staged working copy; once sent it is
/// never changed again, and the next answer is a new revision with the next number (the key (quote, number) makes a retried
/// send land on the same row instead of a second one).
/// </summary>
public sealed class QuoteRevision
{
    public const int MaxTermsLength = 4000;

    public Guid QuoteId { get; init; }
    public int Number { get; init; }
    public DateTimeOffset StagedAt { get; set; }
    public required string StagedByName { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SentByName { get; set; }
    public required string Currency { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? Terms { get; set; }
    public decimal? DiscountPercent { get; set; }
    public decimal Subtotal { get; set; }
    public decimal DiscountAmount { get; set; }
    public decimal NetAmount { get; set; }
    public List<QuoteRevisionLine> Lines { get; set; } = [];

    /// <summary>The end of the validity date, UTC: a quote valid until 31 March can be accepted and ordered all of that day.</summary>
    public DateTimeOffset? ExpiresAt => ValidUntil is { } date ? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>Sets the lines and works out the totals: each line's amount, the quote's discount, and that discount spread over the lines.</summary>
    public void Price(IReadOnlyList<QuoteRevisionLine> lines, decimal? discountPercent)
    {
        Lines = [.. lines];
        DiscountPercent = discountPercent is 0 ? null : discountPercent;
        Subtotal = Lines.Sum(l => l.LineAmount);
        DiscountAmount = decimal.Round(Subtotal * (DiscountPercent ?? 0) / 100m, 2, MidpointRounding.AwayFromZero);
        NetAmount = Subtotal - DiscountAmount;
        SpreadDiscount();
    }

    /// <summary>
    /// Each line's share of the quote's discount, in proportion to its amount, in cents; the cent left over by rounding goes to the
    /// largest line, so the lines always add up to the quote's net amount (an order of the quote is exactly its total).
    /// </summary>
    private void SpreadDiscount()
    {
        foreach (var line in Lines)
        {
            line.NetLineAmount = Subtotal == 0 ? line.LineAmount
                : line.LineAmount - decimal.Round(DiscountAmount * line.LineAmount / Subtotal, 2, MidpointRounding.AwayFromZero);
        }

        var remainder = NetAmount - Lines.Sum(l => l.NetLineAmount);
        if (remainder != 0 && Lines.Count > 0)
        {
            Lines.MaxBy(l => l.LineAmount)!.NetLineAmount += remainder;
        }
    }

    public QuoteRevisionDto ToDto(QuoteRevision? previous) => new(
        Number, SentAt ?? StagedAt, SentByName ?? StagedByName, Currency, ValidUntil ?? DateOnly.MinValue, ExpiresAt ?? DateTimeOffset.MinValue, Terms,
        DiscountPercent, Subtotal, DiscountAmount, NetAmount, [.. Lines.Select(l => l.ToDto())], QuoteDiff.Between(previous, this));
}

/// <summary>A priced line of a revision (see <see cref="QuoteRevisionLineDto"/>).</summary>
public sealed class QuoteRevisionLine
{
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public required string Name { get; init; }
    public required string Unit { get; init; }
    public decimal Quantity { get; init; }
    public decimal? ListUnitPrice { get; init; }
    public decimal? DiscountPercent { get; init; }
    public decimal UnitPrice { get; init; }
    public decimal LineAmount { get; init; }
    public decimal NetLineAmount { get; set; }
    public string? Comment { get; init; }

    public QuoteRevisionLineDto ToDto() =>
        new(LineNumber, Sku, Name, Unit, Quantity, ListUnitPrice, DiscountPercent, UnitPrice, LineAmount, NetLineAmount, Comment);
}
