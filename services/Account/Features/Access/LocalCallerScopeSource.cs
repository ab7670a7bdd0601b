using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Access;

/// <summary>
/// The one place that decides who may act for which account. A role granted on an account holds on it and every
/// account below it; a partner client acts for the accounts its registration binds it to, and those below.
/// </summary>
internal sealed class LocalCallerScopeSource(AccountDbContext db) : ICallerScopeSource
{
    public async Task<CallerScope> GetAsync(PortalCaller caller, string accessToken, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var grants = await GrantsAsync(caller, cancellationToken);
        var access = new Dictionary<Guid, Access>();
        foreach (var grant in grants)
        {
            var accounts = grant.AccountId is { } root ? tree.SelfAndDescendants(root) : tree.All;
            foreach (var account in accounts)
            {
                var entry = access.TryGetValue(account.Id, out var found) ? found : access[account.Id] = new Access(account);
                entry.Roles.Add(grant.Role);
                entry.Limit = Max(entry.Limit, grant.ApprovalLimit);
            }
        }

        return new CallerScope(access.Values
            .OrderBy(a => tree.CompanyOf(a.Account).Name).ThenBy(a => tree.LevelOf(a.Account)).ThenBy(a => a.Account.Name)
            .Select(a => new AccountAccessDto(
                a.Account.Id, a.Account.Name, a.Account.ParentId, tree.CompanyOf(a.Account).Id, [.. a.Roles], a.Limit,
                [.. tree.AncestorsOf(a.Account).Select(ancestor => ancestor.Id)]))
            .ToList());
    }

    private async Task<IReadOnlyList<(Guid? AccountId, string Role, decimal? ApprovalLimit)>> GrantsAsync(PortalCaller caller, CancellationToken cancellationToken)
    {
        if (caller.IsPartner)
        {
            return [.. caller.BoundAccounts.Select(id => ((Guid?)id, AccountRoles.Partner, (decimal?)null))];
        }

        if (caller.UserId is not { } userId)
        {
            return [];
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.Status != MembershipStatuses.Disabled)
            .Select(m => new { m.AccountId, m.Role, m.ApprovalLimit })
            .ToListAsync(cancellationToken);
        return [.. memberships.Select(m => (m.AccountId, m.Role, m.ApprovalLimit))];
    }

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private sealed class Access(Accounts.Account account)
    {
        public Accounts.Account Account { get; } = account;
        public SortedSet<string> Roles { get; } = [];
        public decimal? Limit { get; set; }
    }
}
