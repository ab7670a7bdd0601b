using Refit;

namespace B2BPortal.Contracts.Accounts;

public sealed record AccountDto(Guid Id, string Name, Guid? ParentId);

public interface IAccountApi
{
    [Get("/api/v1/accounts")]
    Task<IReadOnlyList<AccountDto>> ListAccountsAsync(CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}")]
    Task<AccountDto> GetAccountAsync(Guid accountId, CancellationToken cancellationToken = default);
}
