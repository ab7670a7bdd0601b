using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace B2BPortal.Bff.Session;

/// <summary>
/// Server-side sessions: the cookie carries only a random key; the ticket (encrypted with the data-protection keys,
/// which live in Redis too) and the session's tokens live in Redis, indexed by the IdP's <c>sid</c> and <c>sub</c> so
/// back-channel logout can end them. A session survives a BFF restart and ends the moment its keys are deleted.
/// </summary>
public sealed class RedisSessionStore(IConnectionMultiplexer redis, IDataProtectionProvider dataProtection, TimeProvider time) : ITicketStore
{
    public const string SessionKeyItem = ".bff.session";
    private const string Prefix = "bff:session:";
    private readonly IDataProtector protector = dataProtection.CreateProtector("B2BPortal.Bff.Session.v1");

    private IDatabase Db => redis.GetDatabase();

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        await SaveAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => SaveAsync(key, ticket);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await Db.StringGetAsync(Prefix + key);
        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        var ticket = TicketSerializer.Default.Deserialize(protector.Unprotect((byte[])stored!));
        ticket?.Properties.Items[SessionKeyItem] = key;
        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        var ticket = await RetrieveAsync(key);
        var batch = new List<Task> { Db.KeyDeleteAsync([Prefix + key, TokensKey(key)]) };
        if (ticket is not null)
        {
            batch.AddRange(IndexKeys(ticket.Principal).Select(index => Db.SetRemoveAsync(index, key)));
        }

        await Task.WhenAll(batch);
    }

    /// <summary>Ends every session of the IdP session <paramref name="sid"/>, or else of the user <paramref name="subject"/>.</summary>
    public async Task<int> RemoveAllAsync(string? sid, string? subject)
    {
        var index = sid is not null ? $"bff:sid:{sid}" : $"bff:sub:{subject}";
        var keys = await Db.SetMembersAsync(index);
        foreach (var key in keys)
        {
            await RemoveAsync(key!);
        }

        return keys.Length;
    }

    public async Task<SessionTokenSet?> GetTokensAsync(string key)
    {
        var stored = await Db.StringGetAsync(TokensKey(key));
        return stored.IsNullOrEmpty ? null : JsonSerializer.Deserialize<SessionTokenSet>(protector.Unprotect((byte[])stored!));
    }

    public async Task SaveTokensAsync(string key, SessionTokenSet tokens)
    {
        var ttl = await Db.KeyTimeToLiveAsync(Prefix + key);
        if (ttl is null)
        {
            return;
        }

        await Db.StringSetAsync(TokensKey(key), protector.Protect(JsonSerializer.SerializeToUtf8Bytes(tokens)), ttl.Value);
    }

    private async Task SaveAsync(string key, AuthenticationTicket ticket)
    {
        ticket.Properties.Items.Remove(SessionKeyItem);
        var tokens = TakeTokens(ticket.Properties);
        var ttl = (ticket.Properties.ExpiresUtc ?? time.GetUtcNow().AddHours(8)) - time.GetUtcNow();
        var batch = new List<Task>
        {
            Db.StringSetAsync(Prefix + key, protector.Protect(TicketSerializer.Default.Serialize(ticket)), ttl),
            tokens is null
                ? Db.KeyExpireAsync(TokensKey(key), ttl)
                : Db.StringSetAsync(TokensKey(key), protector.Protect(JsonSerializer.SerializeToUtf8Bytes(tokens)), ttl),
        };
        foreach (var index in IndexKeys(ticket.Principal))
        {
            batch.Add(Db.SetAddAsync(index, key));
            batch.Add(Db.KeyExpireAsync(index, ttl, ExpireWhen.GreaterThanCurrentExpiry));
            batch.Add(Db.KeyExpireAsync(index, ttl, ExpireWhen.HasNoExpiry));
        }

        await Task.WhenAll(batch);
    }

    /// <summary>Moves the tokens the OIDC handler saved in the ticket into their own record.</summary>
    private static SessionTokenSet? TakeTokens(AuthenticationProperties properties)
    {
        var accessToken = properties.GetTokenValue("access_token");
        if (accessToken is null)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTimeOffset.UtcNow.AddMinutes(5);
        var tokens = new SessionTokenSet(accessToken, properties.GetTokenValue("refresh_token"), properties.GetTokenValue("id_token"), expiresAt);
        properties.StoreTokens([]);
        return tokens;
    }

    private static IEnumerable<string> IndexKeys(System.Security.Claims.ClaimsPrincipal principal)
    {
        if (principal.FindFirst("sid")?.Value is { } sid)
        {
            yield return $"bff:sid:{sid}";
        }

        if (principal.FindFirst("sub")?.Value is { } subject)
        {
            yield return $"bff:sub:{subject}";
        }
    }

    private static string TokensKey(string key) => $"{Prefix}{key}:tokens";
}
