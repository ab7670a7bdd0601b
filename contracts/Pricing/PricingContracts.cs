using Refit;

namespace B2BPortal.Contracts.Pricing;

public sealed record ListPriceDto(string Sku, string Currency, decimal Amount);

public interface IPricingApi
{
    [Get("/api/v1/prices/{sku}")]
    Task<ListPriceDto> GetListPriceAsync(string sku, CancellationToken cancellationToken = default);
}

/// <summary>How a price was reached: <c>Source</c> is <c>contract</c> or <c>list</c>; <c>Text</c> says it in words.</summary>
public sealed record PriceExplanationDto(
    string Source, string Text, Guid? ContractId, string? ContractName, Guid? ContractAccountId, bool Inherited, decimal? TierMinQuantity,
    DateOnly? ValidFrom, DateOnly? ValidUntil);

/// <summary>The account's price today for a quantity of a SKU.</summary>
public sealed record PriceDto(string Sku, decimal Quantity, string Currency, decimal UnitPrice, decimal LineAmount, PriceExplanationDto Explanation);
