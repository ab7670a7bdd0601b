using B2BPortal.Account.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Accounts;

/// <summary>The whole account hierarchy, loaded once per request: companies at the roots, units below.</summary>
public sealed class AccountTree
{
    private readonly Dictionary<Guid, Account> byId;
    private readonly ILookup<Guid?, Account> byParent;

    private AccountTree(IReadOnlyCollection<Account> accounts)
    {
        byId = accounts.ToDictionary(a => a.Id);
        byParent = accounts.ToLookup(a => a.ParentId);
    }

    public IEnumerable<Account> All => byId.Values;

    public static async Task<AccountTree> LoadAsync(AccountDbContext db, CancellationToken cancellationToken) =>
        new(await db.Accounts.AsNoTracking().ToListAsync(cancellationToken));

    public Account? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The account and everything below it, parents before children.</summary>
    public IEnumerable<Account> SelfAndDescendants(Guid id)
    {
        if (Find(id) is not { } root)
        {
            yield break;
        }

        var pending = new Queue<Account>([root]);
        while (pending.TryDequeue(out var account))
        {
            yield return account;
            foreach (var child in byParent[account.Id].OrderBy(c => c.Name))
            {
                pending.Enqueue(child);
            }
        }
    }

    /// <summary>The accounts above this one, nearest first: its parent, the parent's parent, … up to the company.</summary>
    public IReadOnlyList<Account> AncestorsOf(Account account)
    {
        var ancestors = new List<Account>();
        while (account.ParentId is { } parentId && Find(parentId) is { } parent)
        {
            ancestors.Add(parent);
            account = parent;
        }

        return ancestors;
    }

    /// <summary>The company at the top of the account's branch.</summary>
    public Account CompanyOf(Account account) => AncestorsOf(account).LastOrDefault() ?? account;

    /// <summary>1 for a company, 2 for its units, 3 for theirs…</summary>
    public int LevelOf(Account account) => AncestorsOf(account).Count + 1;
}
