namespace B2BPortal.Pricing.Features.ContractPrices;

/// <summary>What a contract does once its validity has ended: price at the list price, or refuse to price.</summary>
public enum ExpiryBehaviour
{
    FallBackToListPrice,
    Refuse,
}

/// <summary>From <paramref name="MinQuantity"/> units on, each unit costs <paramref name="UnitPrice"/>.</summary>
public sealed record PriceTier(decimal MinQuantity, decimal UnitPrice);

/// <summary>
/// A contract price list of one account: valid from <paramref name="ValidFrom"/> to <paramref name="ValidUntil"/>, both days
/// included (UTC dates), with quantity tiers per SKU.
/// </summary>
public sealed record ContractTerms(
    Guid ContractId,
    string Name,
    Guid AccountId,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string Currency,
    ExpiryBehaviour OnExpiry,
    IReadOnlyDictionary<string, IReadOnlyList<PriceTier>> Tiers)
{
    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && day <= ValidUntil;
}

/// <summary>The list price of a SKU: what anyone without a contract price pays.</summary>
public sealed record ListPriceTerms(string Sku, string Currency, decimal UnitPrice);

/// <summary>How a price was reached, for the buyer ("why this price") and for support.</summary>
public sealed record PriceExplanation(
    string Source,
    string Text,
    Guid? ContractId = null,
    string? ContractName = null,
    Guid? ContractAccountId = null,
    bool Inherited = false,
    decimal? TierMinQuantity = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null);

public abstract record PriceOutcome(string Sku, decimal Quantity);

/// <summary>A price, with the quantity breaks of what decided it (<paramref name="Tiers"/>, lowest first) so a buyer sees what more would cost.</summary>
public sealed record PricedLine(
    string Sku, decimal Quantity, string Currency, decimal UnitPrice, decimal LineAmount, PriceExplanation Explanation, IReadOnlyList<PriceTier> Tiers)
    : PriceOutcome(Sku, Quantity);

/// <summary>No price can be given; <paramref name="Reason"/> says why in words a buyer can act on.</summary>
public sealed record PriceRefused(string Sku, decimal Quantity, string Reason) : PriceOutcome(Sku, Quantity);
