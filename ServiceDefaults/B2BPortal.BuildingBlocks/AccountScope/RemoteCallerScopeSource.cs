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
/// Asks the Account service (<c>GET /api/v1/me/accounts</c>) with the caller's own token, and keeps the answer briefly.
/// Requests of one caller that arrive while the answer is being fetched wait for that one lookup instead of each asking
/// again (so an expiring entry under load costs one call, not a burst); a failed lookup is not kept.
/// </summary>
internal sealed class RemoteCallerScopeSource(IAccountScopeApi accounts, IMemoryCache cache, IOptions<AccountScopeOptions> options)
    : ICallerScopeSource
{
    public async Task<CallerScope> GetAsync(PortalCaller caller, string accessToken, CancellationToken cancellationToken)
    {
        var key = $"account-scope:{caller.Subject}";
        var lookup = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.CacheDuration;
            return new Lazy<Task<CallerScope>>(() => LoadAsync(accessToken));
        })!;

        try
        {
            return await lookup.Value.WaitAsync(cancellationToken);
        }
        catch when (lookup.Value.IsFaulted || lookup.Value.IsCanceled)
        {
            cache.Remove(key);
            throw;
        }
    }

    // Not tied to the first caller's request: if that one goes away, the others still get the answer.
    private async Task<CallerScope> LoadAsync(string accessToken) =>
        new(await accounts.GetMyAccountsAsync(accessToken, CancellationToken.None));
}
