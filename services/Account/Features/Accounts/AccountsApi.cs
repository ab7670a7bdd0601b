using B2BPortal.Account.Data;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Accounts;

internal static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder accounts)
    {
        accounts.MapGet("/", ListAsync).WithName("ListAccounts");
        accounts.MapGet("/{accountId:guid}", GetAsync).WithName("GetAccount");
        return accounts;
    }

    private static async Task<Ok<List<AccountDto>>> ListAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(accounts.Select(a => a.ToDto()).ToList());
    }

    private static async Task<Results<Ok<AccountDto>, ProblemHttpResult>> GetAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is null
            ? TypedResults.Problem(statusCode: 404, title: "Account not found.", detail: $"There is no account {accountId} you may act for.")
            : TypedResults.Ok(account.ToDto());
    }
}
