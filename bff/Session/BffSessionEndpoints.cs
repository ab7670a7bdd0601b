using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Diagnostics;

namespace B2BPortal.Bff.Session;

/// <summary>Duende.BFF's management endpoints: <c>/bff/login</c>, <c>/bff/logout</c>, <c>/bff/user</c>, <c>/bff/backchannel</c>.</summary>
internal static class BffSessionEndpoints
{
    public static IEndpointRouteBuilder MapBffSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var bff = app.MapGroup("/bff").WithTags("Session");
        bff.MapGet("/login", Login).WithSummary("Starts sign-in at the identity provider, then returns to returnUrl (a local path).");
        bff.MapGet("/logout", LogoutAsync).WithSummary("Ends the session here and at the identity provider; sid must be the session's (see bff:logout_url).");
        bff.MapGet("/user", UserAsync).WithSummary("The signed-in user's claims, with bff:logout_url and bff:session_expires_in. Needs X-CSRF: 1.");
        bff.MapPost("/backchannel", BackchannelLogoutAsync).DisableAntiforgery()
            .WithSummary("OpenID Connect back-channel logout: the identity provider ends the sessions named by its logout_token.");
        return app;
    }

    private static IResult Login(string? returnUrl, string? prompt)
    {
        if (!IsLocal(returnUrl))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid return URL.", detail: "returnUrl must be a path within the portal, like /orders.");
        }

        var properties = new AuthenticationProperties { RedirectUri = returnUrl ?? "/" };
        if (!string.IsNullOrEmpty(prompt))
        {
            properties.Items["prompt"] = prompt;
        }

        return TypedResults.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, string? sid, string? returnUrl, RedisSessionStore sessions)
    {
        if (!IsLocal(returnUrl))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid return URL.", detail: "returnUrl must be a path within the portal.");
        }

        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded)
        {
            return TypedResults.Redirect(returnUrl ?? "/");
        }

        if (session.Principal.FindFirst("sid")?.Value is { } sessionSid && sessionSid != sid)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid Session ID.", detail: "Sign out with the bff:logout_url that /bff/user gives.");
        }

        var key = session.Properties!.Items[RedisSessionStore.SessionKeyItem]!;
        var tokens = await sessions.GetTokensAsync(key);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { RedirectUri = returnUrl ?? "/" };
        properties.Items[BffAuthentication.IdTokenHintItem] = tokens?.IdToken;
        return TypedResults.SignOut(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserAsync(HttpContext http, TimeProvider time)
    {
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        if (!AntiForgeryHeader.IsPresent(http.Request))
        {
            return TypedResults.Unauthorized();
        }

        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded)
        {
            return TypedResults.Unauthorized();
        }

        var claims = session.Principal.Claims.Select(c => new UserClaim(c.Type, c.Value)).ToList<object>();
        claims.Add(new UserClaim("bff:logout_url", $"/bff/logout?sid={Uri.EscapeDataString(session.Principal.FindFirst("sid")?.Value ?? "")}"));
        var expiresIn = session.Properties?.ExpiresUtc is { } expires ? (long)Math.Max(0, (expires - time.GetUtcNow()).TotalSeconds) : 0;
        claims.Add(new { type = "bff:session_expires_in", value = expiresIn });
        return TypedResults.Json(claims);
    }

    private static async Task<IResult> BackchannelLogoutAsync(HttpContext http, BackchannelLogoutValidator validator, RedisSessionStore sessions)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        var logout = await validator.ValidateAsync(form?["logout_token"].ToString());
        if (logout is null)
        {
            return TypedResults.BadRequest();
        }

        await sessions.RemoveAllAsync(logout.Sid, logout.Subject);
        return TypedResults.Ok();
    }

    /// <summary>Only paths of this site: no scheme, no host, no protocol-relative <c>//</c> or <c>/\</c>.</summary>
    private static bool IsLocal(string? url) =>
        url is null || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal));

    private sealed record UserClaim(string type, string value);
}
