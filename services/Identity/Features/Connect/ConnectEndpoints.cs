using B2BPortal.Identity.Features.Audit;
using B2BPortal.Identity.Features.Clients;
using B2BPortal.Identity.Features.TwoFactor;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace B2BPortal.Identity.Features.Connect;

/// <summary>The OIDC endpoints OpenIddict passes through to the application: authorize, token and end session.</summary>
public static class ConnectEndpoints
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/endsession";

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Authorize, [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).ExcludeFromDescription();
        app.MapPost(Token, (Delegate)TokenAsync).ExcludeFromDescription();
        app.MapMethods(EndSession, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>Signs the user in to the client; a user whose company requires a second factor is sent to set one up first.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<PortalUser> users, TwoFactorPolicy twoFactor)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal) : null;
        var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
            http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
        if (user is null)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        if (await twoFactor.MustEnrolAsync(user, http.RequestAborted))
        {
            return Results.Redirect($"/account/two-factor?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var sid = signedIn.Principal!.FindFirst(SessionIds.Claim)?.Value;
        return Results.SignIn(PortalPrincipals.ForUser(user, request.GetScopes(), sid), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http, UserManager<PortalUser> users, ClientDirectory clients, TwoFactorPolicy twoFactor, SecurityAudit audit)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await clients.FindAsync(request.ClientId!, http.RequestAborted);
            if (client is not null)
            {
                await audit.PartnerTokenIssuedAsync(client.ClientId, client.DisplayName, client.Accounts, request.GetScopes(), http.RequestAborted);
            }

            return client is null
                ? Forbid(Errors.InvalidClient, "The client is not registered.")
                : Results.SignIn(PortalPrincipals.ForClient(client.ClientId, client.DisplayName, client.Accounts, request.GetScopes()),
                    null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(granted.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Forbid(Errors.InvalidGrant, "The user no longer exists or may not sign in.");
            }

            // A company that starts requiring a second factor ends its members' sessions at their next refresh.
            if (await twoFactor.MustEnrolAsync(user, http.RequestAborted))
            {
                return Forbid(Errors.InvalidGrant, "Two-factor sign-in is now required: sign in again to set it up.");
            }

            return Results.SignIn(PortalPrincipals.ForUser(user, granted.Principal!.GetScopes(), granted.Principal!.GetClaim(SessionIds.Claim)), null,
                OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    /// <summary>Signs the user out here and tells every client with a back-channel logout URI to end the sessions of this sign-in.</summary>
    private static async Task<IResult> EndSessionAsync(HttpContext http, BackchannelLogoutNotifier backchannel)
    {
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        if (signedIn.Principal?.FindFirst(Claims.Subject)?.Value is { } subject)
        {
            await backchannel.NotifyAsync(subject, signedIn.Principal.FindFirst(SessionIds.Claim)?.Value, http.RequestAborted);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
