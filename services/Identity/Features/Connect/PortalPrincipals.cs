using B2BPortal.BuildingBlocks.AccountScope;
using System.Security.Claims;
using B2BPortal.Identity.Features.Users;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace B2BPortal.Identity.Features.Connect;

/// <summary>The claims the portal's tokens carry, and which token each claim goes into.</summary>
internal static class PortalPrincipals
{
    public const string ApiScope = "portal_api";
    /// <summary>The audience every service checks; one definition shared with the token readers.</summary>
    public const string ApiAudience = AccountScopeExtensions.ApiAudience;

    /// <summary>The claim that binds a partner's token to its accounts, as <see cref="PortalCaller"/> reads it.</summary>
    public const string AccountClaim = PortalCaller.AccountClaim;

    /// <summary>A signed-in user; <paramref name="sid"/> names the sign-in at Identity, for back-channel logout.</summary>
    public static ClaimsPrincipal ForUser(PortalUser user, IEnumerable<string> scopes, string? sid)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName ?? user.Email)
            .SetClaim(SessionIds.Claim, sid);
        return Finish(identity, scopes);
    }

    /// <summary>A partner system acting for the accounts its registration binds it to.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> accounts, IEnumerable<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaims(AccountClaim, [.. accounts]);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(ApiAudience);
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity) => claim.Type switch
    {
        Claims.Name or Claims.Email when identity.HasScope(Scopes.Profile) || identity.HasScope(Scopes.Email) =>
            [Destinations.AccessToken, Destinations.IdentityToken],
        SessionIds.Claim => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
