using B2BPortal.BuildingBlocks.Caching;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Entitlements;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace B2BPortal.Order.Features.AccountFacts;

/// <summary><c>Order:AccountFacts</c>: how long an account's ordering profile and assortment are kept when no change event drops them first.</summary>
public sealed class AccountFactsOptions
{
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Each account's ordering profile (Account) and assortment (Entitlement), kept in memory so an order does not ask for them
/// again: both change rarely, and their owners say so (<c>OrderingSettingsChanged</c>, <c>AssortmentChanged</c>), which drops
/// every kept one at once (units inherit from the accounts above them, so all of them rather than tracking which). Serving one caller what was fetched with another's
/// token is sound because the Order service has itself admitted every caller for the account before it asks.
/// </summary>
public sealed class AccountFactsCache(IMemoryCache cache, IOptions<AccountFactsOptions> options)
{
    private CancellationTokenSource profiles = new();
    private CancellationTokenSource assortments = new();

    internal Task<OrderingProfileDto> ProfileAsync(Guid accountId, Func<Task<OrderingProfileDto>> load, CancellationToken cancellationToken) =>
        GetAsync($"ordering-profile:{accountId}", profiles, load, cancellationToken);

    internal Task<AssortmentDto> AssortmentAsync(Guid accountId, Func<Task<AssortmentDto>> load, CancellationToken cancellationToken) =>
        GetAsync($"assortment:{accountId}", assortments, load, cancellationToken);

    public void DropProfiles() => Interlocked.Exchange(ref profiles, new CancellationTokenSource()).Cancel();

    public void DropAssortments() => Interlocked.Exchange(ref assortments, new CancellationTokenSource()).Cancel();

    // Made before a change event arrived (even if still loading): gone the moment it does.
    private Task<T> GetAsync<T>(string key, CancellationTokenSource generation, Func<Task<T>> load, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(key, entry => entry.SetAbsoluteExpiration(options.Value.Lifetime).AddExpirationToken(new CancellationChangeToken(generation.Token)),
            load, cancellationToken);
}
