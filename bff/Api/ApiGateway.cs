using System.Diagnostics;
using B2BPortal.Bff.Session;
using B2BPortal.BuildingBlocks.AccountScope;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Net.Http.Headers;
using Refit;

namespace B2BPortal.Bff.Api;

/// <summary>
/// Runs before YARP forwards an <c>/api/v1</c> call: authenticates it (partner bearer token, or session cookie plus
/// <c>X-CSRF: 1</c>), checks the account in the path against the caller's scope (404 when outside it), then replaces
/// the browser's <c>Cookie</c> with the caller's access token. Answers 401/403/404/429/503 problems, never a redirect.
/// </summary>
internal static class ApiGateway
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var admission = await AdmitAsync(http);
        if (admission.Problem is not null)
        {
            await admission.Problem.ExecuteAsync(http);
            return;
        }

        http.Request.Headers.Remove(HeaderNames.Cookie);
        http.Request.Headers.Authorization = $"Bearer {admission.AccessToken}";
        await next();
    }

    /// <summary>
    /// The checks above without the forwarding, for the BFF's own composed routes: either a problem to answer with, or the
    /// caller's access token to call services with.
    /// </summary>
    public static async Task<Admission> AdmitAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http);
        if (caller.Problem is not null)
        {
            return new Admission(null, caller.Problem);
        }

        if (http.GetRouteValue("accountId") is string account
            && await CheckScopeAsync(http, account, caller.Identity!, caller.AccessToken!) is { } problem)
        {
            return new Admission(null, problem);
        }

        return new Admission(caller.AccessToken, null);
    }

    private static async Task<AuthenticatedCall> AuthenticateAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = await http.AuthenticateAsync(BffAuthentication.BearerScheme);
            if (!bearer.Succeeded || PortalCaller.From(bearer.Principal) is not { } partner)
            {
                return AuthenticatedCall.Refused(ApiProblems.InvalidToken());
            }

            var client = partner.IsPartner ? partner.Subject : $"user:{partner.Subject}";
            if (http.RequestServices.GetRequiredService<PartnerRateLimiter>().TryAcquire(client) is { } retryAfter)
            {
                return AuthenticatedCall.Refused(ApiProblems.TooManyRequests(http, retryAfter));
            }

            return new AuthenticatedCall(partner, header["Bearer ".Length..].Trim(), null);
        }

        if (!AntiForgeryHeader.IsPresent(http.Request))
        {
            return AuthenticatedCall.Refused(ApiProblems.MissingAntiForgeryHeader());
        }

        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded || PortalCaller.From(session.Principal) is not { } user)
        {
            return AuthenticatedCall.Refused(AccountProblems.Unauthenticated());
        }

        var key = session.Properties!.Items[RedisSessionStore.SessionKeyItem]!;
        var token = await http.RequestServices.GetRequiredService<SessionTokens>().GetAccessTokenAsync(key, http.RequestAborted);
        if (token is null)
        {
            await http.RequestServices.GetRequiredService<RedisSessionStore>().RemoveAsync(key);
            return AuthenticatedCall.Refused(ApiProblems.SessionExpired());
        }

        return new AuthenticatedCall(user, token, null);
    }

    private static async Task<IResult?> CheckScopeAsync(HttpContext http, string account, PortalCaller caller, string accessToken)
    {
        if (!Guid.TryParse(account, out var accountId))
        {
            return AccountProblems.NotFound(Guid.Empty);
        }

        try
        {
            var scope = await http.RequestServices.GetRequiredService<ICallerScopeSource>().GetAsync(caller, accessToken, http.RequestAborted);
            if (scope.For(accountId) is null)
            {
                return AccountProblems.NotFound(accountId);
            }

            // An SRE finds every request made for an account by its id in the dashboard.
            Activity.Current?.SetTag("account.id", accountId);
            return null;
        }
        catch (Exception exception) when (exception is ApiException or HttpRequestException or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            return ApiProblems.ScopeUnavailable();
        }
    }

    public sealed record Admission(string? AccessToken, IResult? Problem);

    private sealed record AuthenticatedCall(PortalCaller? Identity, string? AccessToken, IResult? Problem)
    {
        public static AuthenticatedCall Refused(IResult problem) => new(null, null, problem);
    }
}
