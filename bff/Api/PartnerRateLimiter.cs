using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace B2BPortal.Bff.Api;

public sealed class PartnerRateLimitOptions
{
    public int PermitLimit { get; set; } = 600;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A fixed window of requests per bearer-token client (partner client id, or user for user tokens).</summary>
public sealed class PartnerRateLimiter(IOptions<PartnerRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitLimit,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when the call may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? TryAcquire(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.Window;
    }

    public void Dispose() => limiter.Dispose();
}
