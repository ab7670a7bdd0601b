using Refit;

namespace B2BPortal.Contracts.Quotes;

public sealed record QuoteDto(Guid Id, Guid AccountId, string Number, string Status, DateTimeOffset CreatedAt);

public interface IQuoteApi
{
    [Get("/api/v1/accounts/{accountId}/quotes")]
    Task<IReadOnlyList<QuoteDto>> ListQuotesAsync(Guid accountId, CancellationToken cancellationToken = default);
}
