using B2BPortal.Contracts.Accounts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.AccountScope;

public sealed class AccountScopeOptions
{
    /// <summary>How long a caller's scope is reused before the Account service is asked again; a role change takes at most this long to apply.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>Asks the Account service (<c>GET /api/v1/me/accounts</c>) with the caller's own token, and keeps the answer briefly.</summary>
internal sealed class RemoteCallerScopeSource(IAccountScopeApi accounts, IMemoryCache cache, IOptions<AccountScopeOptions> options)
    : ICallerScopeSource
{
    public async Task<CallerScope> GetAsync(PortalCaller caller, string accessToken, CancellationToken cancellationToken)
    {
        var key = $"account-scope:{caller.Subject}";
        if (cache.TryGetValue(key, out CallerScope? cached) && cached is not null)
        {
            return cached;
        }

        var scope = new CallerScope(await accounts.GetMyAccountsAsync(accessToken, cancellationToken));
        cache.Set(key, scope, options.Value.CacheDuration);
        return scope;
    }
}
