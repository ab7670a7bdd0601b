using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace B2BPortal.Bff.Session;

public sealed record BackchannelLogout(string? Subject, string? Sid);

/// <summary>
/// Checks a <c>logout_token</c> as OpenID Connect Back-Channel Logout 1.0 says: signed by the provider's keys, issued by it
/// for this client, recent, carrying the back-channel logout event and a <c>sub</c> or <c>sid</c>, and no <c>nonce</c>.
/// </summary>
public sealed partial class BackchannelLogoutValidator(IOptionsMonitor<OpenIdConnectOptions> oidc, ILogger<BackchannelLogoutValidator> logger)
{
    public const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";

    public async Task<BackchannelLogout?> ValidateAsync(string? logoutToken)
    {
        if (string.IsNullOrEmpty(logoutToken))
        {
            return null;
        }

        var settings = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await settings.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(logoutToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = settings.ClientId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });
        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.Message ?? "invalid token");
            return null;
        }

        var token = (JsonWebToken)result.SecurityToken;
        var hasEvent = token.TryGetPayloadValue<Dictionary<string, object>>("events", out var events) && events.ContainsKey(LogoutEvent);
        token.TryGetPayloadValue<string>("sub", out var subject);
        token.TryGetPayloadValue<string>("sid", out var sid);
        if (!hasEvent || token.TryGetPayloadValue<string>("nonce", out _) || (subject is null && sid is null))
        {
            LogRejected(logger, "not a back-channel logout token");
            return null;
        }

        return new BackchannelLogout(subject, sid);
    }

    [LoggerMessage(LogLevel.Warning, "Back-channel logout refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
