using System.Diagnostics;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace B2BPortal.BuildingBlocks.AccountScope;

/// <summary>Marks an endpoint with the permission it needs beyond <see cref="AccountPermission.View"/>.</summary>
public sealed record RequiredAccountPermission(AccountPermission Permission);

/// <summary>
/// Lets a call to <c>/api/v1/accounts/{accountId}/…</c> through only when the caller may act for that account with the
/// endpoint's permission. An account outside the caller's scope answers exactly like one that does not exist.
/// </summary>
internal sealed class AccountScopeFilter(ICallerScopeSource scopes) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.GetRouteValue("accountId") as string, out var accountId))
        {
            return AccountProblems.NotFound(Guid.Empty);
        }

        if (PortalCaller.From(http.User) is not { } caller || AccountScopeExtensions.BearerToken(http) is not { } token)
        {
            return AccountProblems.Unauthenticated();
        }

        var scope = await scopes.GetAsync(caller, token, http.RequestAborted);
        if (scope.For(accountId) is not { } access)
        {
            return AccountProblems.NotFound(accountId);
        }

        var required = http.GetEndpoint()?.Metadata.GetMetadata<RequiredAccountPermission>()?.Permission ?? AccountPermission.View;
        if (!AccountPermissions.Grants(access.Roles, required))
        {
            return AccountProblems.Forbidden(access, required);
        }

        http.Features.Set(access);
        http.Features.Set(scope);
        Activity.Current?.SetTag("account.id", accountId);
        return await next(context);
    }
}
