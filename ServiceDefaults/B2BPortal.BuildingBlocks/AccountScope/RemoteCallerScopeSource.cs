using B2BPortal.BuildingBlocks.Caching;
using B2BPortal.Contracts.Accounts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.AccountScope;

public sealed class AccountScopeOptions
{
    /// <summary>How long a caller's scope is reused before the Account service is asked again; a role change takes at most this long to apply.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Asks the Account service (<c>GET /api/v1/me/accounts</c>) with the caller's own token, and keeps the answer briefly; requests
/// of one caller that arrive while it is fetched wait for that one lookup (<see cref="SharedLookups"/>).
/// </summary>
internal sealed class RemoteCallerScopeSource(IAccountScopeApi accounts, IMemoryCache cache, IOptions<AccountScopeOptions> options)
    : ICallerScopeSource
{
    public Task<CallerScope> GetAsync(PortalCaller caller, string accessToken, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync($"account-scope:{caller.Subject}", entry => entry.AbsoluteExpirationRelativeToNow = options.Value.CacheDuration,
            () => LoadAsync(accessToken), cancellationToken);

    // Not tied to the first caller's request: if that one goes away, the others still get the answer.
    private async Task<CallerScope> LoadAsync(string accessToken) =>
        new(await accounts.GetMyAccountsAsync(accessToken, CancellationToken.None));
}
