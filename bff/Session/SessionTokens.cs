using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace B2BPortal.Bff.Session;

public sealed class SessionTokenOptions
{
    /// <summary>An access token this close to expiry is refreshed before it is used.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Hands out a session's access token, refreshing it first when it is about to expire. Concurrent requests of one
/// session share a single refresh: refresh tokens are one-time (rolling), so a second refresh would fail.
/// Refreshes are collapsed per BFF process; run one BFF per session (sticky sessions) when scaling out.
/// </summary>
public sealed partial class SessionTokens(
    RedisSessionStore sessions,
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> oidc,
    IOptions<SessionTokenOptions> options,
    TimeProvider time,
    ILogger<SessionTokens> logger)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<SessionTokenSet?>>> Refreshing = new();

    /// <summary>The access token to call APIs with, or null when the session has none left (it must sign in again).</summary>
    public async Task<string?> GetAccessTokenAsync(string sessionKey, CancellationToken cancellationToken)
    {
        var tokens = await sessions.GetTokensAsync(sessionKey);
        if (tokens is null || !tokens.ExpiresWithin(options.Value.RefreshBeforeExpiry, time))
        {
            return tokens?.AccessToken;
        }

        var refresh = Refreshing.GetOrAdd(sessionKey, key => new Lazy<Task<SessionTokenSet?>>(() => RefreshOnceAsync(key)));
        var refreshed = await refresh.Value.WaitAsync(cancellationToken);
        return refreshed?.AccessToken;
    }

    private async Task<SessionTokenSet?> RefreshOnceAsync(string sessionKey)
    {
        try
        {
            var current = await sessions.GetTokensAsync(sessionKey);
            if (current is null || !current.ExpiresWithin(options.Value.RefreshBeforeExpiry, time))
            {
                return current;
            }

            var refreshed = current.RefreshToken is null ? null : await RedeemAsync(current);
            if (refreshed is not null)
            {
                await sessions.SaveTokensAsync(sessionKey, refreshed);
                LogRefreshed(logger);
            }

            return refreshed;
        }
        finally
        {
            Refreshing.TryRemove(sessionKey, out _);
        }
    }

    private async Task<SessionTokenSet?> RedeemAsync(SessionTokenSet current)
    {
        var settings = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await settings.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
        using var response = await httpClients.CreateClient(nameof(SessionTokens)).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = current.RefreshToken!,
                ["client_id"] = settings.ClientId!,
                ["client_secret"] = settings.ClientSecret!,
            }));
        if (!response.IsSuccessStatusCode)
        {
            LogRefreshRefused(logger, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenResponse>()
            ?? throw new InvalidOperationException("The token endpoint answered without a body.");
        return new SessionTokenSet(answer.AccessToken, answer.RefreshToken ?? current.RefreshToken, answer.IdToken ?? current.IdToken,
            time.GetUtcNow().AddSeconds(answer.ExpiresIn));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    [LoggerMessage(LogLevel.Information, "Refreshed the access token of a session")]
    private static partial void LogRefreshed(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "The identity provider refused to refresh a session's token ({Status}): {Body}")]
    private static partial void LogRefreshRefused(ILogger logger, int status, string body);
}
