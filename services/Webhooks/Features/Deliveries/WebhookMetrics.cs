using System.Diagnostics.Metrics;

namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>
/// <c>portal.webhooks.attempts</c> (by outcome and event type), <c>portal.webhooks.attempt.duration</c> and
/// <c>portal.webhooks.endpoints.disabled</c>, for the dashboard and alerts.
/// </summary>
public sealed class WebhookMetrics
{
    public const string MeterName = "B2BPortal.Webhooks";
    private readonly Counter<long> attempts;
    private readonly Histogram<double> duration;
    private readonly Counter<long> disabled;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        attempts = meter.CreateCounter<long>("portal.webhooks.attempts", description: "Webhook delivery attempts, by outcome (succeeded, refused, unreachable).");
        duration = meter.CreateHistogram<double>("portal.webhooks.attempt.duration", unit: "s", description: "How long a webhook delivery attempt took.");
        disabled = meter.CreateCounter<long>("portal.webhooks.endpoints.disabled", description: "Webhook endpoints disabled after failing too long.");
    }

    public void Attempted(AttemptOutcome outcome, string eventType)
    {
        var result = outcome.Succeeded ? "succeeded" : outcome.StatusCode is null ? "unreachable" : "refused";
        attempts.Add(1, new KeyValuePair<string, object?>("outcome", result), new KeyValuePair<string, object?>("event.type", eventType));
        duration.Record(outcome.LatencyMs / 1000.0, new KeyValuePair<string, object?>("outcome", result));
    }

    public void Disabled() => disabled.Add(1);
}
