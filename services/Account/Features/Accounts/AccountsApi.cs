using B2BPortal.Account.Data;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Account.Features.Accounts;

internal static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder account)
    {
        account.MapGet("/", GetAsync).WithName("GetAccount").WithSummary("The account: name, parent, and for a company its credit limit, currency and payment terms.");
        account.MapGet("/units", ListUnitsAsync).WithName("ListUnits").WithSummary("The account and every business unit below it.");
        return account;
    }

    private static async Task<Ok<AccountDetailsDto>> GetAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var account = tree.Find(accountId)!;
        var company = tree.CompanyOf(account);
        return TypedResults.Ok(new AccountDetailsDto(
            account.Id, account.Name, account.ParentId, company.Id, company.Name, tree.LevelOf(account), company.RequireTwoFactor, company.CreditTerms()));
    }

    /// <summary>The account and every unit below it: the part of the hierarchy the caller sees from here.</summary>
    private static async Task<Ok<List<AccountDto>>> ListUnitsAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        return TypedResults.Ok(tree.SelfAndDescendants(accountId).Select(a => a.ToDto()).ToList());
    }
}
