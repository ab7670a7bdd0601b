using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.BuildingBlocks.AccountScope;

/// <summary>The answers of the account scope check, the same in the BFF and in every service.</summary>
public static class AccountProblems
{
    public static ProblemHttpResult NotFound(Guid accountId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Account not found.",
        detail: $"There is no account {accountId} you may act for. GET /api/v1/me/accounts lists yours.");

    public static ProblemHttpResult Unauthenticated() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Sign-in required.",
        detail: "Call with a portal access token: a signed-in session through the portal, or a partner's client-credentials token.");

    public static ProblemHttpResult Forbidden(AccountAccessDto access, AccountPermission permission) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Your role does not allow this.",
        detail: $"Your roles at {access.Name} ({string.Join(", ", access.Roles)}) do not include permission '{permission}'. Ask your account administrator.");
}
