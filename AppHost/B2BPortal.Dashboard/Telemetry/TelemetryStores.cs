namespace B2BPortal.Dashboard.Telemetry;

/// <summary>Everything the dashboard received, in memory, bounded by one set of limits.</summary>
public sealed class TelemetryStores(TelemetryLimits limits)
{
    public TraceStore Traces { get; } = new(limits);

    public LogStore Logs { get; } = new(limits);

    public MetricStore Metrics { get; } = new(limits);
}
