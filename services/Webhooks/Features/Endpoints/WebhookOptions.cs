namespace B2BPortal.Webhooks.Features.Endpoints;

/// <summary><c>Webhooks</c> configuration. Outside Development the defaults are the safe ones; Development relaxes the address rules for the local receiver.</summary>
public sealed class WebhookOptions
{
    /// <summary>Refuse <c>http://</c> endpoints (true outside Development).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Allow endpoints on this machine (127.0.0.0/8, ::1); false outside Development.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow private, link-local and other non-public addresses (10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7, …); false outside Development.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// How long to wait after each failed attempt; one attempt more than there are delays, then the delivery fails. The default
    /// (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) retries for about 27.5 hours. Each wait varies by ±20 % so a recovering
    /// receiver is not hit by everything at once.
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>An endpoint whose every attempt has failed for this long is disabled and its owner mailed.</summary>
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a rotated-out secret keeps signing, so receivers can switch without losing a delivery.</summary>
    public TimeSpan SecretRotationGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an attempt may take, connecting and reading the answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries sent at once (to all endpoints together).</summary>
    public int Concurrency { get; set; } = 64;

    public static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
        TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];
}
