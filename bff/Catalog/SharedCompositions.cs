using System.Collections.Concurrent;

namespace B2BPortal.Bff.Catalog;

/// <summary>
/// Requests that miss the cache for the same answer at the same time share one composition instead of each asking Catalog
/// and Pricing again: after a price change every cached page is missed at once, and without this a busy page is composed
/// by every request that arrives while the first is still being composed. The shared work is not stopped when the caller
/// that started it goes away (it is bounded by the downstream deadlines); each caller stops waiting when it goes away.
/// </summary>
public sealed class SharedCompositions
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> running = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> compose, CancellationToken cancellationToken)
    {
        Lazy<Task<object?>>? mine = null;
        mine = new Lazy<Task<object?>>(async () =>
        {
            try
            {
                return await compose(CancellationToken.None);
            }
            finally
            {
                running.TryRemove(KeyValuePair.Create(key, mine!));
            }
        });
        return (T)(await running.GetOrAdd(key, mine).Value.WaitAsync(cancellationToken))!;
    }
}
