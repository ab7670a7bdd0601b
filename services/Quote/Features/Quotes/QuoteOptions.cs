namespace B2BPortal.Quote.Features.Quotes;

/// <summary>The <c>Quote</c> configuration section.</summary>
public sealed class QuoteOptions
{
    public const string Section = "Quote";

    /// <summary>Where new requests are announced before an account manager takes one up: the manufacturer's sales desk.</summary>
    public string? SalesDeskEmail { get; set; }

    /// <summary>How often the expiry timer looks for revisions past their validity.</summary>
    public double ExpirySweepSeconds { get; set; } = 30;

    /// <summary>The longest validity a revision may be given, in days from today.</summary>
    public int MaxValidityDays { get; set; } = 365;
}
