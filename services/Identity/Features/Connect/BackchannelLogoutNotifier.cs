using System.Security.Claims;
using B2BPortal.Identity.Features.Clients;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace B2BPortal.Identity.Features.Connect;

/// <summary>
/// OpenID Connect Back-Channel Logout, which OpenIddict does not provide: when a user signs out here, every client with a
/// back-channel logout URI receives a signed <c>logout_token</c> naming the user (<c>sub</c>) and the session (<c>sid</c>).
/// </summary>
public sealed partial class BackchannelLogoutNotifier(
    ClientDirectory clients,
    IOptionsMonitor<OpenIddictServerOptions> server,
    IHttpClientFactory httpClients,
    ILogger<BackchannelLogoutNotifier> logger)
{
    public const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";

    public async Task NotifyAsync(string subject, string? sid, CancellationToken cancellationToken)
    {
        foreach (var (clientId, logoutUri) in await clients.BackchannelLogoutClientsAsync(cancellationToken))
        {
            var token = CreateLogoutToken(clientId, subject, sid);
            try
            {
                using var response = await httpClients.CreateClient(nameof(BackchannelLogoutNotifier)).PostAsync(
                    logoutUri, new FormUrlEncodedContent(new Dictionary<string, string> { ["logout_token"] = token }), cancellationToken);
                LogSent(logger, clientId, (int)response.StatusCode);
            }
            catch (HttpRequestException exception)
            {
                LogFailed(logger, exception, clientId);
            }
        }
    }

    private string CreateLogoutToken(string clientId, string subject, string? sid)
    {
        var options = server.CurrentValue;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["events"] = new Dictionary<string, object> { [LogoutEvent] = new Dictionary<string, object>() },
        };
        if (sid is not null)
        {
            claims["sid"] = sid;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer!.AbsoluteUri,
            Audience = clientId,
            IssuedAt = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(2),
            Claims = claims,
            TokenType = "logout+jwt",
            SigningCredentials = options.SigningCredentials[0],
        });
    }

    [LoggerMessage(LogLevel.Information, "Back-channel logout sent to {ClientId}: {Status}")]
    private static partial void LogSent(ILogger logger, string clientId, int status);

    [LoggerMessage(LogLevel.Warning, "Back-channel logout to {ClientId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string clientId);
}

/// <summary>The id of one sign-in at Identity, shared by every token issued from it (<c>sid</c>).</summary>
public static class SessionIds
{
    public const string Claim = "sid";

    public static void AddTo(ClaimsPrincipal principal)
    {
        if (principal.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == Claim))
        {
            identity.AddClaim(new Claim(Claim, Guid.NewGuid().ToString("N")));
        }
    }
}
