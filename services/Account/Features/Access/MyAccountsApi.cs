using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Account.Features.Access;

internal static class MyAccountsApi
{
    /// <summary><c>GET /api/v1/me/accounts</c>: every account the caller may act for, with roles and approval limit.</summary>
    public static IEndpointRouteBuilder MapMyAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me/accounts", ListAsync).WithTags("Me").WithName("ListMyAccounts").WithSummary("Every account the caller may act for, with the caller's roles and approval limit there. Start here to learn account ids.").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AccountAccessDto>>, ProblemHttpResult>> ListAsync(
        HttpContext http, ICallerScopeSource scopes, CancellationToken cancellationToken)
    {
        if (PortalCaller.From(http.User) is not { } caller)
        {
            return AccountProblems.Unauthenticated();
        }

        var scope = await scopes.GetAsync(caller, "", cancellationToken);
        return TypedResults.Ok(scope.Accounts);
    }
}
