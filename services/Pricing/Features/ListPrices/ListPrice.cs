using B2BPortal.Contracts.Pricing;

namespace B2BPortal.Pricing.Features.ListPrices;

public sealed class ListPrice
{
    public required string Sku { get; init; }
    public required string Currency { get; set; }
    public decimal Amount { get; set; }

    /// <summary>When the ERP set this price; a change that happened earlier than this is stale and ignored.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public ListPriceDto ToDto() => new(Sku, Currency, Amount);
}
