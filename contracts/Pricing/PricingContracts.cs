using Refit;

namespace B2BPortal.Contracts.Pricing;

public sealed record ListPriceDto(string Sku, string Currency, decimal Amount);

/// <summary>One quantity break: from <c>MinQuantity</c> units on, each unit costs <c>UnitPrice</c>.</summary>
public sealed record PriceTierDto(decimal MinQuantity, decimal UnitPrice);

/// <summary>How a price was reached: <c>Source</c> is <c>contract</c> or <c>list</c>; <c>Text</c> says it in words.</summary>
public sealed record PriceExplanationDto(
    string Source, string Text, Guid? ContractId, string? ContractName, Guid? ContractAccountId, bool Inherited, decimal? TierMinQuantity,
    DateOnly? ValidFrom, DateOnly? ValidUntil);

/// <summary>
/// The account's price today for a quantity of a SKU. <c>Tiers</c> are the breaks of the price list that decided (the base
/// price at quantity 1 included), so a buyer sees what a larger quantity would cost.
/// </summary>
public sealed record PriceDto(
    string Sku, decimal Quantity, string Currency, decimal UnitPrice, decimal LineAmount, PriceExplanationDto Explanation, IReadOnlyList<PriceTierDto> Tiers);

public sealed record PriceLineRequest(string Sku, decimal Quantity);

/// <summary>Price up to 500 lines in one call (<c>POST /api/v1/accounts/{accountId}/prices</c>).</summary>
public sealed record PriceBatchRequest(IReadOnlyList<PriceLineRequest> Lines);

/// <summary>
/// One priced line, in the order asked. Either <c>Price</c> is set, or <c>Status</c> says why not: <c>404</c> (no such product
/// for this account) or <c>422</c> (the contract refuses to price it), with <c>Detail</c> for the buyer.
/// </summary>
public sealed record PriceLineResultDto(string Sku, decimal Quantity, int Status, PriceDto? Price, string? Detail);

public sealed record PriceBatchResultDto(IReadOnlyList<PriceLineResultDto> Lines);

/// <summary>Pricing's API for the BFF; the caller's token goes along and Pricing checks the account scope again.</summary>
public interface IPricingApi
{
    [Get("/api/v1/prices/{sku}")]
    Task<ListPriceDto> GetListPriceAsync(string sku, CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/prices")]
    Task<PriceBatchResultDto> PriceBatchAsync(Guid accountId, [Body] PriceBatchRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);

    /// <summary>The same, as the unread response: for passing Pricing's answer on without parsing it (the caller disposes it).</summary>
    [Post("/api/v1/accounts/{accountId}/prices")]
    Task<HttpResponseMessage> PriceBatchResponseAsync(
        Guid accountId, [Body] PriceBatchRequest request, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}
