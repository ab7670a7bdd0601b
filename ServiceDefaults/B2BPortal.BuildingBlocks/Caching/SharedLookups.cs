using Microsoft.Extensions.Caching.Memory;

namespace B2BPortal.BuildingBlocks.Caching;

public static class SharedLookups
{
    /// <summary>
    /// The value kept under <paramref name="key"/>, or loaded once for every caller that asks while it loads (so an entry
    /// missing under load costs one lookup, not a burst). <paramref name="keep"/> says how long the entry lives; a failed
    /// load is not kept. <paramref name="load"/> must not depend on the first caller's cancellation: the others wait for it too.
    /// </summary>
    public static async Task<T> GetOrLoadAsync<T>(
        this IMemoryCache cache, string key, Action<ICacheEntry> keep, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var lookup = cache.GetOrCreate(key, entry =>
        {
            keep(entry);
            return new Lazy<Task<T>>(load);
        })!;

        try
        {
            return await lookup.Value.WaitAsync(cancellationToken);
        }
        catch when (lookup.Value.IsFaulted || lookup.Value.IsCanceled)
        {
            cache.Remove(key);
            throw;
        }
    }
}
