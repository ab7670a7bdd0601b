using B2BPortal.Contracts.Accounts;

namespace B2BPortal.BuildingBlocks.AccountScope;

/// <summary>The accounts a caller may act for, each with the roles that hold there.</summary>
public sealed class CallerScope(IReadOnlyList<AccountAccessDto> accounts)
{
    private readonly Dictionary<Guid, AccountAccessDto> byId = accounts.ToDictionary(a => a.AccountId);

    public IReadOnlyList<AccountAccessDto> Accounts { get; } = accounts;

    public AccountAccessDto? For(Guid accountId) => byId.GetValueOrDefault(accountId);

    /// <summary>The account and the units below it where the caller holds <paramref name="permission"/>.</summary>
    public List<Guid> SelfAndBelow(Guid accountId, AccountPermission permission) =>
    [
        .. Accounts.Where(a => (a.AccountId == accountId || a.Ancestors.Contains(accountId)) && AccountPermissions.Grants(a.Roles, permission))
            .Select(a => a.AccountId),
    ];

    public bool Allows(Guid accountId, AccountPermission permission) =>
        For(accountId) is { } access && AccountPermissions.Grants(access.Roles, permission);
}

/// <summary>Where a host learns a caller's scope: the Account service owns it, every other host asks it.</summary>
public interface ICallerScopeSource
{
    Task<CallerScope> GetAsync(PortalCaller caller, string accessToken, CancellationToken cancellationToken);
}
