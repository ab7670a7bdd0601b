using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace B2BPortal.Bff.Catalog;

/// <summary>
/// Composed answers in Redis, shared by every BFF instance. Keys carry the current generation of prices, stock and assortments;
/// a change event bumps its generation, so every answer made before it is unreachable at once (and expires on its own).
/// A Redis failure is a cache miss, never an error.
/// </summary>
public sealed class CompositionCache(IConnectionMultiplexer redis, IOptions<CompositionOptions> options)
{
    public const string Prices = "prices";
    public const string Stock = "stock";
    public const string Assortments = "assortments";
    private static readonly RedisKey[] Generations = ["bff:generation:prices", "bff:generation:stock", "bff:generation:assortments"];

    public CompositionOptions Options => options.Value;

    /// <summary>A key part that changes whenever prices, stock or an assortment change.</summary>
    public async Task<string> GenerationAsync()
    {
        try
        {
            var values = await redis.GetDatabase().StringGetAsync(Generations);
            return $"p{(long?)values[0] ?? 0}s{(long?)values[1] ?? 0}a{(long?)values[2] ?? 0}";
        }
        catch (RedisException)
        {
            return $"uncached-{Guid.NewGuid():N}";
        }
    }

    /// <summary>A key part that changes whenever an assortment changes.</summary>
    public async Task<string> AssortmentGenerationAsync()
    {
        try
        {
            return $"a{(long?)await redis.GetDatabase().StringGetAsync(Generations[2]) ?? 0}";
        }
        catch (RedisException)
        {
            return $"uncached-{Guid.NewGuid():N}";
        }
    }

    public Task BumpAsync(string generation) => redis.GetDatabase().StringIncrementAsync($"bff:generation:{generation}");

    public async Task<T?> GetAsync<T>(string key)
        where T : class =>
        await GetJsonAsync(key) is { } json ? JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web) : null;

    /// <summary>
    /// A cached answer as the UTF-8 JSON it was stored as, to be written out as it is (no parsing, no conversion to a .NET
    /// string and back, no large-object-heap string per request).
    /// </summary>
    public async Task<byte[]?> GetJsonAsync(string key)
    {
        try
        {
            return (byte[]?)await redis.GetDatabase().StringGetAsync(key);
        }
        catch (RedisException)
        {
            return null;
        }
    }

    public Task SetAsync<T>(string key, T value, TimeSpan lifetime) =>
        SetJsonAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web), lifetime);

    public async Task SetJsonAsync(string key, byte[] json, TimeSpan lifetime)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(key, json, lifetime);
        }
        catch (RedisException)
        {
            // Not cached this time; the next request composes again.
        }
    }
}
